#pragma once

#include "sim/io/h5.hpp"

#include <string>
#include <vector>

namespace sim::io {

// Reading whole datasets whatever their element type, for readers of files normsim did not
// necessarily write (sweep designs built by other tools, h5py test files): numbers of any
// integer or float type, fixed or variable-length strings, and single fields of compound
// (table) datasets. `field` empty means the dataset's elements themselves.

// The type of one element, or of `field` of a compound element.
Handle element_type(hid_t dataset, const std::string& field);
bool is_text_type(hid_t type);
std::vector<double> read_numbers(hid_t dataset, const std::string& field);
std::vector<std::string> read_texts(hid_t dataset, const std::string& field);
// A scalar attribute as text: strings as they are, numbers in shortest round-trip form.
std::string attribute_text(hid_t attribute);

}  // namespace sim::io
