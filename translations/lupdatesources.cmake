# Writes the copies of the sources that lupdate reads (cmake -P, run before every lupdate).
#
# Engine and command-line code outside QObject classes translates through a file-local wrapper,
#     QString tr(const char *text) { return QCoreApplication::translate("Qronos::Context", text); }
# lupdate cannot see that context: it files such tr() calls under the enclosing namespace or class
# ("Qronos", "Qronos::CronParser"), where the running program never looks. In the copies, each call of
# such a wrapper is spelled out as QCoreApplication::translate("Qronos::Context", ...), so the .ts file
# gets the contexts the code really uses. Files without a wrapper are copied unchanged; once no file
# has one (e.g. all use `struct Tr { Q_DECLARE_TR_FUNCTIONS(Qronos::Context) };` and Tr::tr()), this
# step changes nothing and can go.
#
# Inputs: -DSOURCE_DIR=<project source dir> -DOUTPUT_DIR=<where the copies go>

cmake_minimum_required(VERSION 3.22)
include(${CMAKE_CURRENT_LIST_DIR}/translatedsources.cmake)
qronos_translated_sources(files "${SOURCE_DIR}")

set(wrapper_regex "QString[ \t]+tr[ \t]*\\(const char \\*[a-z]+\\)[ \t\r\n]*{[^}]*QCoreApplication::translate\\(\"([^\"]+)\"[^}]*}")
foreach(file IN LISTS files)
    file(READ "${SOURCE_DIR}/${file}" text)
    if(text MATCHES "${wrapper_regex}")
        set(context "${CMAKE_MATCH_1}")
        string(REGEX REPLACE "${wrapper_regex}" "" text "${text}")
        # Unqualified calls only: not Foo::tr(, obj.tr(, ptr->tr( or a name ending in tr.
        string(REGEX REPLACE "([^A-Za-z0-9_:.>])tr[ \t]*\\(" "\\1QCoreApplication::translate(\"${context}\", " text "${text}")
    endif()
    set(out "${OUTPUT_DIR}/${file}")
    if(EXISTS "${out}")
        file(READ "${out}" old)
        if(old STREQUAL text)
            continue()
        endif()
    endif()
    file(WRITE "${out}" "${text}")
endforeach()
