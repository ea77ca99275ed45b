#pragma once

#include <string_view>

namespace serve::assets {

// The page's files from tools/serve/web/, embedded in the binary at build time (see
// tools/CMakeLists.txt) so that `normsim serve` needs no installed data besides Chart.js.
extern const std::string_view kIndexHtml;
extern const std::string_view kAppJs;
extern const std::string_view kStyleCss;

}  // namespace serve::assets
