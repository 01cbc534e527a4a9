# Windows: an MSI made with WiX through CPack; Qt's runtime next to the executables by windeployqt (through
# Qt's deployment script). Not yet built on Windows: see installer/README.md.
qt_generate_deploy_app_script(TARGET registrydesk OUTPUT_SCRIPT registrydesk_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${registrydesk_deploy_script})
set(CPACK_GENERATOR "WIX")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RegistryDesk")
set(CPACK_PACKAGE_EXECUTABLES "registrydesk;RegistryDesk")
# Fixed forever: Windows Installer recognises upgrades of the product by it.
set(CPACK_WIX_UPGRADE_GUID "6F7C1E43-2B0A-4D5E-9C61-3A8E2F4B7D19")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_SOURCE_DIR}/installer/windows/registrydesk.ico")
set(CPACK_WIX_LICENSE_RTF "${CMAKE_SOURCE_DIR}/installer/windows/License.rtf")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "RegistryDesk")
