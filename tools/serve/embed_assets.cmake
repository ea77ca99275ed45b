# Writes OUTPUT: a C++ file defining serve::assets::kIndexHtml, kAppJs and kStyleCss from the
# files in WEB (raw string literals; the delimiter must not occur in the files). Run at
# configure time; tools/CMakeLists.txt reconfigures when a file changes.
set(body "// Generated from tools/serve/web by tools/serve/embed_assets.cmake: edit those files.\n")
string(APPEND body "#include \"tools/serve/assets.hpp\"\n\nnamespace serve::assets {\n")
foreach(pair "kIndexHtml=index.html" "kAppJs=app.js" "kStyleCss=style.css")
  string(REPLACE "=" ";" parts "${pair}")
  list(GET parts 0 name)
  list(GET parts 1 file)
  file(READ "${WEB}/${file}" text)
  string(FIND "${text}" ")normsim_asset\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${WEB}/${file} contains the raw-string delimiter )normsim_asset\"")
  endif()
  string(APPEND body "const std::string_view ${name} = R\"normsim_asset(${text})normsim_asset\";\n")
endforeach()
string(APPEND body "\n}  // namespace serve::assets\n")
file(CONFIGURE OUTPUT "${OUTPUT}" CONTENT "@body@" @ONLY)
