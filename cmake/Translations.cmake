# Translations: every tr() string of the app and core goes into a template .ts in the build
# (translations/fibro-companion.ts) that translators copy to translations/fibro-companion_<lang>.ts.
# Those files are compiled to .qm next to the binary in the build tree and installed to
# share/fibro-companion/translations, where the app looks for the system locale's one.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE FC_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
file(GLOB FC_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/fibro-companion_*.ts)
set_source_files_properties(${FC_TS_FILES} PROPERTIES
    OUTPUT_LOCATION ${CMAKE_BINARY_DIR}/translations)
qt_add_translations(fibro-companion
    TS_FILES ${FC_TS_FILES}
    SOURCES ${FC_TR_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}
    QM_FILES_OUTPUT_VARIABLE FC_QM_FILES)
install(FILES ${FC_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/fibro-companion/translations)

set(FC_TS_TEMPLATE ${CMAKE_BINARY_DIR}/translations/fibro-companion.ts)
add_custom_command(OUTPUT ${FC_TS_TEMPLATE}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/translations
    COMMAND Qt6::lupdate -silent -no-obsolete -locations relative -source-language en
        -I ${PROJECT_SOURCE_DIR}/app -I ${PROJECT_SOURCE_DIR} ${FC_TR_SOURCES} -ts ${FC_TS_TEMPLATE}
    DEPENDS ${FC_TR_SOURCES} Qt6::lupdate
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Writing the translation template translations/fibro-companion.ts"
    VERBATIM)
add_custom_target(fc_translation_template ALL DEPENDS ${FC_TS_TEMPLATE})
