# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the compile policy, so no directory-wide flags are needed.
add_library(kontor_compile_options INTERFACE)
target_compile_features(kontor_compile_options INTERFACE cxx_std_20)
target_compile_definitions(kontor_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    target_compile_options(kontor_compile_options INTERFACE /W4 /utf-8)
    if(KONTOR_WARNINGS_AS_ERRORS)
        target_compile_options(kontor_compile_options INTERFACE /WX)
    endif()
else()
    # Designated initializers name the fields that matter; the rest keep their defaults on purpose.
    target_compile_options(kontor_compile_options INTERFACE -Wall -Wextra -Wno-missing-field-initializers)
    if(KONTOR_WARNINGS_AS_ERRORS)
        target_compile_options(kontor_compile_options INTERFACE -Werror)
    endif()
endif()

if(KONTOR_FUZZ)
    # Everything the fuzz targets link is instrumented: coverage for libFuzzer, and any overflow, use after free or
    # undefined behaviour stops the run. (vptr: Qt's own classes are not instrumented.)
    target_compile_options(kontor_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                           -fno-sanitize=vptr -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(kontor_compile_options INTERFACE -fsanitize=address,undefined)
endif()
