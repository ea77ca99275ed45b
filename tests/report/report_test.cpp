#include "tools/report/report.hpp"
#include "sim/core/error.hpp"
#include "sim/io/output_file.hpp"
#include "sim/io/recorder.hpp"
#include "tests/report/files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace report {
namespace {

using report_test::remove_object;
using report_test::run;
using report_test::temp_path;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string cyber_run() {
  return run("scenarios/baseline.yaml", {"time.steps=4"}, ".h5");
}

TEST(Report, CybernormsRunHasAnAdoptionChartPerNormAndKind) {
  const Output out = load_output(cyber_run());
  const std::string html = render(out);
  for (const auto& label : out.series_named("adoption_share_count").labels) {
    const auto first = label.find('/');
    const auto second = label.find('/', first + 1);
    const std::string title =
        label.substr(0, first) + ": " + label.substr(first + 1, second - first - 1) + "s</text>";
    EXPECT_NE(html.find(title), std::string::npos) << title;
  }
  for (const char* section : {"Violations and punishments", "Trust between blocs",
                              "Specificity per initiative", "Memberships", "Formalisations"})
    EXPECT_NE(html.find(section), std::string::npos) << section;
}

TEST(Report, CybernormsSectionsChartEverySeriesSoNoneIsLeftForTheFallback) {
  EXPECT_EQ(render(load_output(cyber_run())).find("Other series"), std::string::npos);
}

TEST(Report, AxelrodRunChartsGenesAndActsAndTheDistributionsAsOtherSeries) {
  const std::string html =
      render(load_output(run("scenarios/axelrod/norms.yaml", {"generations=5"}, ".h5")));
  EXPECT_NE(html.find("Mean boldness and vengefulness"), std::string::npos);
  EXPECT_NE(html.find("Defections and punishments per generation"), std::string::npos);
  EXPECT_NE(html.find("Other series"), std::string::npos);
  EXPECT_NE(html.find("boldness_distribution: "), std::string::npos);
}

TEST(Report, MissingDatasetOfAKnownModelIsNamed) {
  const std::string path = cyber_run();
  remove_object(path, "/series/mean_trust");
  try {
    render(load_output(path));
    FAIL() << "no InputError";
  } catch (const sim::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              path + ": missing dataset /series/mean_trust (a cybernorms run writes it)");
  }
}

TEST(Report, UnknownModelGetsAChartForEverySeries) {
  const std::string path = temp_path(".h5");
  {
    sim::io::OutputFile file(path, {"toy", "toy.yaml", "model: toy\n", "", "a toy", 3, 1});
    sim::io::Recorder r(file.id());
    const auto a = r.series<double>("alpha", 1, "first toy series", "widgets");
    const auto b = r.series<double>("beta", 2, "second toy series", "gadgets", {"left", "right"});
    for (int t = 0; t < 4; ++t) {
      r.append(a, 1.0 * t);
      const double row[2] = {1.0, 2.0 * t};
      r.append(b, std::span<const double>(row));
    }
    r.result("answer", 42.0, "a result", "1");
    r.flush();
    file.commit();
  }
  const std::string html = render(load_output(path));
  EXPECT_NE(html.find("alpha: first toy series"), std::string::npos);
  EXPECT_NE(html.find("beta: second toy series"), std::string::npos);
  EXPECT_EQ(count(html, "<path class=\"curve\""), 3u);
}

TEST(Report, ShowsProvenanceAndTheScenarioText) {
  const std::string path = run("scenarios/axelrod/norms.yaml", {"generations=3"}, ".h5");
  const Output out = load_output(path);
  const std::string html = render(out);
  EXPECT_NE(html.find(out.attribute("git_commit")), std::string::npos);
  EXPECT_NE(html.find(out.attribute("created")), std::string::npos);
  EXPECT_NE(html.find("generations: 3"), std::string::npos);
}

TEST(Report, InterruptedRunIsFlagged) {
  const std::string path = run("scenarios/axelrod/norms.yaml", {"generations=3"}, ".h5");
  remove_object(path, "/summary");
  {
    const sim::io::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose, "open");
    sim::io::write_attribute(f.get(), "interrupted_at_step", std::int64_t{2});
  }
  EXPECT_NE(render(load_output(path)).find("interrupted at step 2"), std::string::npos);
}

TEST(WriteReport, WritesTheFileOnlyWhenComplete) {
  const std::string in = run("scenarios/axelrod/norms.yaml", {"generations=3"}, ".h5");
  const std::string out = temp_path(".html");
  write_report(in, out);
  EXPECT_TRUE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists(out + ".partial"));
}

TEST(WriteReport, BadInputLeavesNoReportBehind) {
  const std::string in = temp_path(".h5");
  std::ofstream(in) << "not hdf5";
  const std::string out = temp_path(".html");
  std::filesystem::remove(out);
  EXPECT_THROW(write_report(in, out), sim::InputError);
  EXPECT_FALSE(std::filesystem::exists(out));
  EXPECT_FALSE(std::filesystem::exists(out + ".partial"));
}

TEST(WriteReport, MissingOutputDirectoryIsNamed) {
  const std::string in = run("scenarios/axelrod/norms.yaml", {"generations=3"}, ".h5");
  try {
    write_report(in, "/nonexistent-normsim-dir/r.html");
    FAIL() << "no InputError";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos);
  }
}

}  // namespace
}  // namespace report
