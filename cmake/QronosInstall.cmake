# Installation as a server program: `cmake --install` and `cpack -G DEB` (the package "qronos").
#
#   bin/qronos, bin/qronosctl                                  (app/CMakeLists.txt)
#   share/qronos/sql/<dialect>/NNNN_name.sql                   the migrations (the programs embed them too)
#   share/qronos/translations/qronos_<locale>.qm               (embedded too)
#   share/doc/qronos/                                          README.md, docs/, sql/README.md,
#                                                              qronos-node.conf.example
#   lib/systemd/system/qronos-node@.service                    a node per /etc/qronos/<instance>.conf
#   lib/sysusers.d/qronos.conf, lib/tmpfiles.d/qronos.conf     the qronos user, /etc/qronos (0750)
#
# The unit's ExecStart names the installed qronosctl: it is written when installing, for the prefix
# installed to (so DESTDIR= and --prefix installs are both right). A .deb installs to
# CMAKE_INSTALL_PREFIX: configure with -DCMAKE_INSTALL_PREFIX=/usr for a package.

set(QRONOS_DOCDIR share/doc/qronos)

install(DIRECTORY sql/ DESTINATION share/qronos/sql FILES_MATCHING PATTERN "*.sql")

file(GLOB qronos_ts_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/translations/*.ts")
foreach(ts IN LISTS qronos_ts_files)
    get_filename_component(qm_name "${ts}" NAME_WE)
    # OPTIONAL: without Qt's LinguistTools the programs are built without translations.
    install(FILES "${PROJECT_BINARY_DIR}/translations/${qm_name}.qm" DESTINATION share/qronos/translations OPTIONAL)
endforeach()

install(FILES README.md resources/config/qronos-node.conf.example DESTINATION ${QRONOS_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${QRONOS_DOCDIR}/docs FILES_MATCHING PATTERN "*.md")
install(FILES sql/README.md DESTINATION ${QRONOS_DOCDIR}/sql)

install(CODE "
    set(QRONOS_BINDIR \"\${CMAKE_INSTALL_PREFIX}/bin\")
    set(QRONOS_DOCDIR \"\${CMAKE_INSTALL_PREFIX}/${QRONOS_DOCDIR}\")
    configure_file(\"${PROJECT_SOURCE_DIR}/resources/systemd/qronos-node@.service.in\"
                   \"${PROJECT_BINARY_DIR}/systemd/qronos-node@.service\" @ONLY)
")
install(FILES "${PROJECT_BINARY_DIR}/systemd/qronos-node@.service" DESTINATION lib/systemd/system)
install(FILES resources/systemd/qronos.sysusers DESTINATION lib/sysusers.d RENAME qronos.conf)
install(FILES resources/systemd/qronos.tmpfiles DESTINATION lib/tmpfiles.d RENAME qronos.conf)

set(QRONOS_PACKAGE_MAINTAINER "Qronos maintainers <maintainers@qronos.example>"
    CACHE STRING "Maintainer named in the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME qronos)
set(CPACK_PACKAGE_VENDOR Qronos)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${QRONOS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "clustered job scheduler with Quartz semantics and a desktop console")
set(CPACK_PACKAGE_DESCRIPTION
    "Qronos runs nightly and periodic work (reports, data syncs, reminders, clean-ups) on a cluster of\n"
    "nodes that share one database (SQLite, PostgreSQL, MySQL/MariaDB), with Java Quartz 2.3's model\n"
    "and fire-time semantics: cron, simple, calendar-interval and daily-time-interval triggers,\n"
    "calendars and misfire instructions. It contains the console (qronos), the command line and\n"
    "headless node (qronosctl), and the systemd unit qronos-node@.service.")
string(CONCAT CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQL drivers are plugins, which dpkg-shlibdeps cannot see: SQLite is the default store.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# QtKeychain loads libsecret at run time (the Secret Service: `qronosctl password`), dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, libqt6sql6-mysql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/resources/systemd/debian/postinst"
    "${PROJECT_SOURCE_DIR}/resources/systemd/debian/prerm"
    "${PROJECT_SOURCE_DIR}/resources/systemd/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
