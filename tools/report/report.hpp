#pragma once

#include "tools/report/output.hpp"

#include <string>

namespace report {

// `normsim report`: one self-contained HTML file describing a run or a sweep.
//
// Why C++ rather than a Python script: the report ships inside the normsim binary, so it
// works wherever normsim runs, with no interpreter or h5py to find and no second error path;
// bad input goes through the same sim::InputError / exit 2 as the rest of the CLI; and the
// pieces (axes, charts, HTML) are small pure functions tested with GoogleTest.

// The page for an already-loaded output (pure: no I/O).
std::string render(const Output& out);

// Reads `input` whole, renders it, and writes `output` through `output`.partial, renamed only
// when complete: on any error (InputError for bad input) no report file is left behind.
void write_report(const std::string& input, const std::string& output);

}  // namespace report
