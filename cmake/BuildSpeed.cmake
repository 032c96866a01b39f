# What keeps CI inside its time budget: it builds the project three times on two cores (release,
# ASan, fuzzing), and most of our files are small and spend their compile time parsing the same
# Qt headers or, in the tests, generating code and debug information nobody reads.
#
# Precompiled Qt headers, parsed once per target instead of once per file.
# fc_precompile(TARGET LAYER) gives a target with several sources its own precompiled header.
# fc_reuse_precompiled(TARGET FROM) lets a one-file target (a test) use another target's: the two
# must have the same compile options and definitions, which -Winvalid-pch (an error under
# FC_WERROR) checks.
# The headers themselves stay included in every file, so a file still compiles on its own.
option(FC_PRECOMPILE_HEADERS "Precompile the common Qt headers" ON)

set(FC_PCH_CORE
    <algorithm> <cmath> <memory> <optional>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QLocale> <QLoggingCategory> <QMap> <QObject> <QRegularExpression> <QSet> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QString> <QStringList> <QTimer> <QVariant> <QVector>)
set(FC_PCH_UI ${FC_PCH_CORE}
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDateEdit> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QKeyEvent> <QLabel> <QLineEdit> <QListWidget> <QMenu>
    <QMessageBox> <QPlainTextEdit> <QPushButton> <QScreen> <QScrollArea> <QSpinBox>
    <QVBoxLayout> <QWebEnginePage> <QWidget>)
set(FC_PCH_CORE_TEST ${FC_PCH_CORE} <QSignalSpy> <QtTest>)
set(FC_PCH_UI_TEST ${FC_PCH_UI} <QSignalSpy> <QtTest>)

function(fc_precompile target layer)
    if(FC_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} PRIVATE ${FC_PCH_${layer}})
    endif()
endfunction()

function(fc_reuse_precompiled target from)
    if(FC_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# Test code (the QtTest suites and their helpers) is compiled with less optimisation and debug
# information than the product: -O1 and no debug information in an optimised build, line tables
# only (enough for sanitizer reports) in a Debug build. The code under test keeps the build's own
# flags. Measured on one large suite: 23 s with the release flags, 7 s with these and the headers
# precompiled.
function(fc_test_code target)
    target_compile_options(${target} PRIVATE $<IF:$<CONFIG:Debug>,-g1,-O1 -g0>)
endfunction()

# Targets without a Q_OBJECT skip moc: each moc run also compiles a file of its own.
function(fc_without_moc)
    set_target_properties(${ARGN} PROPERTIES AUTOMOC OFF)
endfunction()
