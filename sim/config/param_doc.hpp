#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace sim::config {

// What `normsim describe` prints for one parameter.
struct ParamDoc {
  std::string key;
  std::string type;
  std::string default_value;
  std::string allowed;
  std::string unit;
  std::string meaning;
  bool required = false;
};

void print_docs(std::ostream& out, const std::vector<ParamDoc>& docs);

}  // namespace sim::config
