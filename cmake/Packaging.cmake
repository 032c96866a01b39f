# What `cmake --install` puts where, and how CPack turns it into a .deb and a source tarball.
# Articles and styles are compiled in, so the binary, its desktop integration files and the
# translations are everything the installed app needs.

set(FC_HOMEPAGE_URL "https://fibrocompanion.org" CACHE STRING "Project home page (metainfo, .deb)")
# The metainfo's screenshots must be http(s) URLs; packaging/screenshots/ is published there.
set(FC_SCREENSHOT_URL "${FC_HOMEPAGE_URL}/screenshots/${PROJECT_VERSION}"
    CACHE STRING "Where packaging/screenshots/ is published")

set(FC_METAINFO_FILE "${CMAKE_BINARY_DIR}/packaging/${FC_APP_ID}.metainfo.xml")
configure_file(${PROJECT_SOURCE_DIR}/packaging/${FC_APP_ID}.metainfo.xml.in ${FC_METAINFO_FILE}
    @ONLY)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/${FC_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FC_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/packaging/icons/hicolor
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons FILES_MATCHING PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/${FC_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Debian policy: every package carries its copyright file, a compressed changelog (the package is
# native: its version has no Debian revision) and a manual page.
set(FC_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/fibro-companion)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/copyright.in
    ${CMAKE_BINARY_DIR}/packaging/copyright @ONLY)
execute_process(COMMAND env LC_ALL=C date -u -R -d "${FC_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE FC_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in
    ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/fibro-companion.1.in
    ${CMAKE_BINARY_DIR}/packaging/fibro-companion.1 @ONLY)
set(FC_GZIPPED ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    ${CMAKE_BINARY_DIR}/packaging/fibro-companion.1.gz)
foreach(name changelog fibro-companion.1)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/${name}.gz
        COMMAND gzip -9 -n -c ${CMAKE_BINARY_DIR}/packaging/${name}
            > ${CMAKE_BINARY_DIR}/packaging/${name}.gz
        DEPENDS ${CMAKE_BINARY_DIR}/packaging/${name} VERBATIM)
endforeach()
add_custom_target(fc_packaging_docs ALL DEPENDS ${FC_GZIPPED})
set(FC_DOC_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
install(FILES ${CMAKE_BINARY_DIR}/packaging/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    DESTINATION ${FC_DOC_DIR} PERMISSIONS ${FC_DOC_PERMISSIONS})
install(FILES ${CMAKE_BINARY_DIR}/packaging/fibro-companion.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 PERMISSIONS ${FC_DOC_PERMISSIONS})

set(CPACK_PACKAGE_NAME fibro-companion)
set(CPACK_PACKAGE_VENDOR "Fibro Companion contributors")
set(CPACK_PACKAGE_CONTACT "Fibro Companion contributors <dev@fibrocompanion.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private symptom diary and fibromyalgia treatment library")
set(CPACK_PACKAGE_HOMEPAGE_URL ${FC_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_PACKAGE_NAME fibro-companion)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Fibro Companion is a desktop companion for people living with fibromyalgia
and ME/CFS. It pairs an offline library of articles about fibromyalgia
treatments with a private symptom diary: daily check-ins of pain, fatigue,
sleep, brain fog and mood, treatment trials, notes, statistics comparing
before and during a treatment, PDF visit reports and CSV import and export.
.
The diary stays on the computer in owner-only files; the application makes
no network connections. It does not give medical advice of its own.")
# dpkg-shlibdeps finds the Qt and cmark libraries the binary links; it cannot see what Qt loads
# at run time: WebEngine's renderer process, the SQLite driver plugin and the X11/Wayland
# platform plugins.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6webenginecore6-bin, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "fibro-companion-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${PROJECT_SOURCE_DIR}/\\\\.git/"
    "^${PROJECT_SOURCE_DIR}/\\\\.git$"
    "^${PROJECT_SOURCE_DIR}/build"
    "^${PROJECT_BINARY_DIR}/"
    "\\\\.user$"
    "/compile_commands\\\\.json$"
    "~$")

include(CPack)
