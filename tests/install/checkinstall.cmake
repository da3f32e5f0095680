# cmake -DBUILD_DIR=... -DWORK_DIR=... -DWITH_UI=ON|OFF -P checkinstall.cmake
cmake_minimum_required(VERSION 3.22)

set(failures "")
macro(fail_check message)
    list(APPEND failures "${message}")
endmacro()
macro(check_exists path message)
    if(NOT EXISTS "${path}")
        fail_check("${message}")
    endif()
endmacro()

file(REMOVE_RECURSE "${WORK_DIR}")

# 1. A prefix install: every file where a server install puts it.
set(prefix "${WORK_DIR}/prefix")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install --prefix failed (${rc}):\n${out}\n${err}")
endif()

set(expected
    bin/qronosctl
    share/qronos/sql/sqlite/0001_init.sql
    share/qronos/sql/postgresql/0001_init.sql
    share/qronos/sql/mysql/0001_init.sql
    share/qronos/translations/qronos_zh_CN.qm
    share/doc/qronos/README.md
    share/doc/qronos/sql/README.md
    share/doc/qronos/docs/job-types.md
    share/doc/qronos/qronos-node.conf.example
    lib/systemd/system/qronos-node@.service
    lib/sysusers.d/qronos.conf
    lib/tmpfiles.d/qronos.conf)
if(WITH_UI)
    list(APPEND expected bin/qronos share/applications/qronos.desktop)
endif()
foreach(f IN LISTS expected)
    check_exists("${prefix}/${f}" "missing after install: ${f}")
endforeach()
foreach(program qronosctl qronos)
    if(IS_DIRECTORY "${prefix}/bin/${program}")
        fail_check("bin/${program} is a folder")
    endif()
endforeach()
# Every migration of every dialect, nothing else from sql/.
file(GLOB_RECURSE sources RELATIVE "${CMAKE_CURRENT_LIST_DIR}/../../sql" "${CMAKE_CURRENT_LIST_DIR}/../../sql/*.sql")
foreach(f IN LISTS sources)
    check_exists("${prefix}/share/qronos/sql/${f}" "migration not installed: ${f}")
endforeach()
if(EXISTS "${prefix}/share/qronos/sql/README.md")
    fail_check("sql/README.md belongs in the docs, not with the migrations")
endif()

set(unit "${prefix}/lib/systemd/system/qronos-node@.service")
if(EXISTS "${unit}")
    file(READ "${unit}" text)
    foreach(line
            "ExecStart=${prefix}/bin/qronosctl node --config /etc/qronos/%i.conf"
            "User=qronos" "NoNewPrivileges=yes" "ProtectSystem=strict" "ProtectHome=yes" "PrivateTmp=yes"
            "PrivateDevices=yes" "ProtectKernelTunables=yes" "ProtectKernelModules=yes"
            "RestrictAddressFamilies=" "StateDirectory=qronos" "LogsDirectory=qronos"
            "KillSignal=SIGTERM" "KillMode=mixed" "TimeoutStopSec=" "Restart=on-failure")
        string(FIND "${text}" "\n${line}" at)
        if(at EQUAL -1)
            fail_check("the unit lacks \"${line}\"")
        endif()
    endforeach()
    if(text MATCHES "@[A-Z_]+@")
        fail_check("the unit has an unreplaced @VARIABLE@")
    endif()
endif()

# 2. A DESTDIR install (as packagers do): files under DESTDIR, paths inside them without it.
set(root "${WORK_DIR}/destdir")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${root}" "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "DESTDIR install failed (${rc}):\n${out}\n${err}")
endif()
check_exists("${root}/usr/bin/qronosctl" "DESTDIR install: usr/bin/qronosctl missing")
set(unit2 "${root}/usr/lib/systemd/system/qronos-node@.service")
if(EXISTS "${unit2}")
    file(READ "${unit2}" text)
    string(FIND "${text}" "\nExecStart=/usr/bin/qronosctl node --config /etc/qronos/%i.conf" at)
    if(at EQUAL -1)
        fail_check("DESTDIR install: ExecStart is not /usr/bin/qronosctl")
    endif()
else()
    fail_check("DESTDIR install: the unit is missing")
endif()

# 3. systemd's own check of the unit, where systemd-analyze exists.
find_program(SYSTEMD_ANALYZE systemd-analyze)
if(SYSTEMD_ANALYZE AND EXISTS "${unit}")
    set(verify_dir "${WORK_DIR}/verify")
    file(MAKE_DIRECTORY "${verify_dir}")
    file(COPY_FILE "${unit}" "${verify_dir}/qronos-node@check.service")
    execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify --man=no "${verify_dir}/qronos-node@check.service"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    # Only complaints about this unit count (the host's own units may have theirs).
    string(REGEX MATCHALL "[^\n]*qronos-node@[^\n]*" complaints "${out}\n${err}")
    if(NOT rc EQUAL 0 OR complaints)
        fail_check("systemd-analyze verify (exit ${rc}):\n${out}${err}")
    else()
        message(STATUS "systemd-analyze verify: the unit is valid")
    endif()
else()
    message(STATUS "systemd-analyze not available: unit not verified")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "install check failed:\n  ${text}")
endif()
message(STATUS "install check passed")
