#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace report {

// A normsim output file read whole into memory, checked, with every problem reported as a
// sim::InputError naming the file and what is wrong (the CLI turns it into exit status 2).
// Reports are built from this copy, so nothing is written until the file has been read.

// /series/NAME: rows x columns (1 column for a 1-D series), row-major.
struct SeriesData {
  std::string name;
  std::string description;
  std::string unit;
  std::size_t rows = 0;
  std::size_t cols = 1;
  std::vector<std::string> labels;  // one per column; empty for a 1-D series of no named column
  std::vector<double> values;

  std::vector<double> column(std::size_t c) const;
  // The column labelled `label`; an empty vector when there is none.
  std::vector<double> column(const std::string& label) const;
};

// A named column of numbers or of text: a /summary result (one value per run) or a design
// parameter of a sweep.
struct Column {
  std::string name;
  std::string description;
  std::string unit;
  bool numeric = true;
  std::vector<double> numbers;
  std::vector<std::string> texts;

  std::size_t size() const { return numeric ? numbers.size() : texts.size(); }
  std::string text(std::size_t i) const;
};

inline constexpr const char* kRunFileType = "normsim.run";
// The sweep layout of sim/sweep/sweep_file.hpp (/design a group of 1-D datasets, /summary/NAME
// of shape [runs]); a compound /design dataset (other tools) is read too.
inline constexpr const char* kSweepFileType = "normsim.sweep";

struct Output {
  std::string path;
  std::vector<std::pair<std::string, std::string>> attributes;  // root attributes as text
  bool sweep = false;
  std::vector<SeriesData> series;  // runs only
  std::vector<Column> summary;     // empty for an interrupted run
  std::vector<Column> design;      // sweeps only

  // Empty string when absent.
  std::string attribute(const std::string& name) const;
  bool has_series(const std::string& name) const;
  // The series; an InputError naming the file and the dataset when it is missing.
  const SeriesData& series_named(const std::string& name) const;
};

Output load_output(const std::string& path);

}  // namespace report
