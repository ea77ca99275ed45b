#pragma once

#include <string>
#include <vector>

namespace sim::io {

// Refuses (InputError) an output path that normsim must not replace: anything under /dev,
// /proc or /sys, an existing folder, device, pipe or socket (a rename would put a regular file
// in its place), or one of `inputs` (the command would overwrite what it reads). Checked
// before anything is opened, so a refused path is never touched.
void check_output_path(const std::string& output, const std::vector<std::string>& inputs = {});

// The ownership of an output: an exclusive flock(2) on "OUTPUT.lock", taken before its
// .partial or .journal is created and released (the lock file deleted) when this ends. A
// second writer of the same output, in this process or another, gets an InputError saying
// another process is writing, before it changes anything; a folder where the lock file
// cannot be created (read-only, missing) gives an InputError with the system's reason. The
// kernel drops the lock when its holder dies, so a killed run never blocks a later one.
class OutputLock {
 public:
  explicit OutputLock(const std::string& output);
  OutputLock(OutputLock&& other) noexcept;
  OutputLock& operator=(OutputLock&&) = delete;
  OutputLock(const OutputLock&) = delete;
  ~OutputLock();

  const std::string& output() const { return output_; }

 private:
  std::string output_;
  std::string path_;
  int fd_ = -1;
};

}  // namespace sim::io
