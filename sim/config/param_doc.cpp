#include "sim/config/param_doc.hpp"

#include <ostream>

namespace sim::config {

void print_docs(std::ostream& out, const std::vector<ParamDoc>& docs) {
  for (const auto& d : docs) {
    out << "  " << d.key << "  (" << d.type;
    if (!d.unit.empty()) out << ", " << d.unit;
    out << ")\n";
    out << "      " << d.meaning << "\n";
    out << "      default: " << (d.required ? "required, no default" : d.default_value)
        << "    allowed: " << d.allowed << "\n";
  }
}

}  // namespace sim::config
