# Installation layout and packages (CPack). Linux packages (.deb, .rpm) are built and checked here
# (scripts/package, scripts/check-package); the Windows (WiX) and macOS (bundle, DragNDrop) settings are
# written but not yet built on those systems. See installer/README.md.
include(GNUInstallDirs)
set(REGISTRYDESK_APP_ID org.registrydesk.RegistryDesk)

# Desktop integration: launcher, AppStream metadata, the icon as SVG and rendered PNGs.
install(FILES ${CMAKE_SOURCE_DIR}/resources/${REGISTRYDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/${REGISTRYDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${REGISTRYDESK_APP_ID}.svg)
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(registrydesk_generated_files)
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${REGISTRYDESK_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg
        COMMENT "Rendering the ${size}px icon" VERBATIM)
    list(APPEND registrydesk_generated_files ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man page of registrydesk-cli, generated from its own --help and every command's (in English, whatever the
# build's locale).
find_program(HELP2MAN help2man REQUIRED)
set(registrydesk_man ${CMAKE_BINARY_DIR}/man/registrydesk-cli.1)
add_custom_command(OUTPUT ${registrydesk_man}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:registrydesk-cli> -DOUTPUT=${CMAKE_BINARY_DIR}/man/commands.h2m
            -P ${CMAKE_SOURCE_DIR}/installer/ManPageCommands.cmake
    COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
            ${HELP2MAN} --no-info --section=1 --source=RegistryDesk --include=${CMAKE_BINARY_DIR}/man/commands.h2m
            "--name=command line of RegistryDesk, for the container registries of Zuul image gating"
            --output=${registrydesk_man} $<TARGET_FILE:registrydesk-cli>
    COMMAND gzip -n -9 -f ${registrydesk_man}
    DEPENDS registrydesk-cli ${CMAKE_SOURCE_DIR}/installer/ManPageCommands.cmake
    COMMENT "Writing the registrydesk-cli man page" VERBATIM)
list(APPEND registrydesk_generated_files ${registrydesk_man}.gz)
install(FILES ${registrydesk_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
add_custom_target(registrydesk_desktop_files ALL DEPENDS ${registrydesk_generated_files})

install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/registrydesk RENAME copyright)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/registrydesk)

set(CPACK_PACKAGE_NAME "registrydesk")
set(CPACK_PACKAGE_VENDOR "The RegistryDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desk for the container registries of Zuul's image gating")
set(CPACK_PACKAGE_DESCRIPTION
    "RegistryDesk browses, copies, promotes, prunes and diffs container images in the intermediate, buildset and \
publication registries of Zuul's speculative container-image gating, administers the intermediate registry's \
htpasswd users and TLS certificates, and writes the encrypted Zuul secret and the site's jobs. It comes as a Qt \
desktop application (registrydesk) and a command line (registrydesk-cli).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "The RegistryDesk developers <maintainers@registrydesk.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://registrydesk.org/")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;RPM")
    # Debian: library dependencies from the binaries; the sandbox's registry and skopeo only recommended.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker-registry, skopeo, qt6-translations-l10n, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    # RPM: library dependencies from the binaries (rpmbuild's automatic requires); weak dependency on the
    # registry (its Fedora name) as rpm's Suggests, the weak tag CPack knows.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
    set(CPACK_RPM_PACKAGE_AUTOREQPROV ON)
    set(CPACK_RPM_PACKAGE_SUGGESTS "docker-distribution, skopeo")
    # Directories other packages own (the icon theme, man, desktop database) are not claimed.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/applications /usr/share/metainfo /usr/share/icons
        /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps
        /usr/share/man /usr/share/man/man1 /usr/share/doc)
    foreach(size 16 22 24 32 48 64 128 256)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/${size}x${size}
             /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
elseif(WIN32)
    include(${CMAKE_SOURCE_DIR}/installer/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_SOURCE_DIR}/installer/macos/MacOS.cmake)
endif()
include(CPack)
