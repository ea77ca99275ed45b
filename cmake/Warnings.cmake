# Warnings for every normsim target; errors only where NORMSIM_WERROR asks (CI does).
add_library(normsim_warnings INTERFACE)
target_compile_options(normsim_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                                  -Wno-sign-conversion
                                                  # GCC 12 false positives inside yaml-cpp 0.7's
                                                  # and libstdc++'s headers (GCC bugs 106199, 105329)
                                                  -Wno-dangling-pointer -Wno-restrict)
if(NORMSIM_WERROR)
  target_compile_options(normsim_warnings INTERFACE -Werror)
endif()
if(NORMSIM_SANITIZE)
  target_compile_options(normsim_warnings INTERFACE -fsanitize=address,undefined
                                                    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(normsim_warnings INTERFACE -fsanitize=address,undefined)
endif()
