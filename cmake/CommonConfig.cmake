# Settings every Portolan target shares: link portolan_common and nothing else.
add_library(portolan_common INTERFACE)
target_compile_features(portolan_common INTERFACE cxx_std_20)
target_compile_definitions(portolan_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_compile_options(portolan_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Wshadow=local -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(PORTOLAN_WERROR)
    target_compile_options(portolan_common INTERFACE -Werror)
    target_compile_definitions(portolan_common INTERFACE _GLIBCXX_ASSERTIONS)
endif()
if(PORTOLAN_SANITIZE)
    target_compile_options(portolan_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(portolan_common INTERFACE -fsanitize=address,undefined)
endif()
