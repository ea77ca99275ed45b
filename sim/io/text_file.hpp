#pragma once

#include <string>

namespace sim::io {

// Writes `text` to PATH as a whole: under an OutputLock, into PATH.partial, renamed onto PATH
// once complete, so that PATH is either its old self or the new text. A failure (no space,
// read-only folder) is an InputError with the system's reason and leaves no partial file.
void write_text_file(const std::string& path, const std::string& text);

}  // namespace sim::io
