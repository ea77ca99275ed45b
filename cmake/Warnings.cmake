# Warnings for every normsim target; errors only where NORMSIM_WERROR asks (CI does).
add_library(normsim_warnings INTERFACE)
target_compile_options(normsim_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                  -Wno-sign-conversion
                                                  # GCC 12 false positive in libstdc++'s
                                                  # char_traits (GCC bug 105329)
                                                  -Wno-restrict)
if(NORMSIM_WERROR)
  target_compile_options(normsim_warnings INTERFACE -Werror)
endif()
if(NORMSIM_SANITIZE)
  target_compile_options(normsim_warnings INTERFACE -fsanitize=address,undefined
                                                    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(normsim_warnings INTERFACE -fsanitize=address,undefined)
endif()
