# SPDX-License-Identifier: GPL-3.0-or-later
# Packages: DEB and TGZ on Linux (cpack -G DEB), WiX on Windows, DragNDrop on macOS.
set(CPACK_PACKAGE_NAME "kontor")
set(CPACK_PACKAGE_VENDOR "Kontor developers")
set(CPACK_PACKAGE_CONTACT "Kontor developers <kontor-crm@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline desktop CRM: contacts, interactions, deals and follow-ups")
# One string (set() with several quoted arguments makes a list, which CPack would join with ";"), one paragraph in
# lines short enough for Debian's control file.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Kontor keeps a small business's client base in one local SQLite file:\n"
    "contacts and companies, the history of every call and meeting, deals\n"
    "moving through sales stages and follow-up reminders. It includes\n"
    "kontor-cli, the command line for scripts and backups.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kontor")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/../LICENSE")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_STRIP_FILES ON)

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "WIX")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "DEB;TGZ")
    endif()
endif()

# Debian: the Qt libraries come from Debian's packages, found by dpkg-shlibdeps.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# One of Debian's sections ("office" is none).
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: SQLite driver, SVG icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own strings (buttons, file dialogs) in the user's language; fonts for names in Persian, Bengali, Amharic and
# other scripts that a minimal desktop may lack.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# Windows: a fixed upgrade code, so that a new version replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "6A0F3C1E-5B7D-4E2A-9C41-3F8D2B7A9E10")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/../resources/icons/kontor.svg")

include(CPack)
