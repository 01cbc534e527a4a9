# macOS: an application bundle with its Info.plist, Qt's frameworks inside it by macdeployqt (through Qt's
# deployment script), in a disk image (CPack DragNDrop). Not yet built on macOS: see installer/README.md.
set_target_properties(registrydesk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/installer/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "RegistryDesk"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.registrydesk.RegistryDesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "registrydesk.icns")
# The bundle icon, rendered from the SVG and packed by macOS's own iconutil.
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
find_program(ICONUTIL iconutil REQUIRED)
set(iconset ${CMAKE_BINARY_DIR}/registrydesk.iconset)
set(icns ${CMAKE_BINARY_DIR}/registrydesk.icns)
set(icon_commands)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND icon_commands
         COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png
                 ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg
         COMMAND ${RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png
                 ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg)
endforeach()
add_custom_command(OUTPUT ${icns} COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset} ${icon_commands}
                   COMMAND ${ICONUTIL} -c icns -o ${icns} ${iconset}
                   DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/registrydesk.svg)
target_sources(registrydesk PRIVATE ${icns})
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
qt_generate_deploy_app_script(TARGET registrydesk OUTPUT_SCRIPT registrydesk_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${registrydesk_deploy_script})
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "RegistryDesk")
