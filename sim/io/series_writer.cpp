#include "sim/io/series_writer.hpp"

#include <algorithm>
#include <stdexcept>

namespace sim::io {

namespace {
constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr unsigned kDeflateLevel = 4;
}  // namespace

SeriesWriter::SeriesWriter(hid_t parent, const std::string& name, hid_t file_type,
                           hid_t memory_type, std::size_t element_size, std::size_t columns,
                           const std::string& description, const std::string& unit)
    : memory_type_(memory_type),
      element_size_(element_size),
      columns_(columns),
      chunk_rows_(std::max<std::size_t>(1, kChunkBytes / (element_size * columns))),
      name_(name) {
  const int rank = columns == 1 ? 1 : 2;
  const hsize_t dims[2] = {0, columns};
  const hsize_t max_dims[2] = {H5S_UNLIMITED, columns};
  const hsize_t chunk[2] = {chunk_rows_, columns};
  const Handle space(H5Screate_simple(rank, dims, max_dims), H5Sclose, "create space " + name);
  const Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "create properties " + name);
  check(H5Pset_chunk(dcpl.get(), rank, chunk), "set chunk " + name);
  check(H5Pset_shuffle(dcpl.get()), "set shuffle " + name);
  check(H5Pset_deflate(dcpl.get(), kDeflateLevel), "set deflate " + name);
  check(H5Pset_obj_track_times(dcpl.get(), false), "untrack times " + name);
  dataset_ = Handle(H5Dcreate2(parent, name.c_str(), file_type, space.get(), H5P_DEFAULT,
                               dcpl.get(), H5P_DEFAULT),
                    H5Dclose, "create dataset " + name);
  write_attribute(dataset_.get(), "description", description);
  write_attribute(dataset_.get(), "unit", unit);
  buffer_.reserve(chunk_rows_ * columns_ * element_size_);
}

void SeriesWriter::append_bytes(const void* data, std::size_t bytes, std::size_t count) {
  if (count != columns_)
    throw std::logic_error("series " + name_ + ": row of " + std::to_string(count) +
                           " values, expected " + std::to_string(columns_));
  const auto* p = static_cast<const unsigned char*>(data);
  buffer_.insert(buffer_.end(), p, p + bytes);
  if (++buffered_rows_ == chunk_rows_) flush();
}

void SeriesWriter::flush() {
  if (buffered_rows_ == 0) return;
  const int rank = columns_ == 1 ? 1 : 2;
  const hsize_t new_dims[2] = {rows_written_ + buffered_rows_, columns_};
  check(H5Dset_extent(dataset_.get(), new_dims), "extend " + name_);
  const Handle file_space(H5Dget_space(dataset_.get()), H5Sclose, "get space " + name_);
  const hsize_t start[2] = {rows_written_, 0};
  const hsize_t count[2] = {buffered_rows_, columns_};
  check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, count, nullptr),
        "select rows of " + name_);
  const Handle mem_space(H5Screate_simple(rank, count, nullptr), H5Sclose, "memory space");
  check(H5Dwrite(dataset_.get(), memory_type_, mem_space.get(), file_space.get(), H5P_DEFAULT,
                 buffer_.data()),
        "write rows of " + name_);
  rows_written_ += buffered_rows_;
  buffered_rows_ = 0;
  buffer_.clear();
}

}  // namespace sim::io
