# CPACK_PRE_BUILD_SCRIPTS hook, run by cpack for every generator after the
# files are staged and before the package is built.
#
# The TGZ keeps the full GPL text (share/doc/aleppo-atlas/LICENSE): its users
# may have no other copy. A Debian package must not carry it: the machine-
# readable copyright file next to it refers to /usr/share/common-licenses/GPL-3
# (base-files), and lintian flags a second copy (extra-license-file).
if(CPACK_GENERATOR STREQUAL "DEB")
    file(GLOB_RECURSE _atlas_licence_copies "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*LICENSE")
    list(FILTER _atlas_licence_copies INCLUDE REGEX "/share/doc/aleppo-atlas/LICENSE$")
    if(_atlas_licence_copies)
        file(REMOVE ${_atlas_licence_copies})
    endif()
endif()
