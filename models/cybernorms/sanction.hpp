#pragma once

namespace cybernorms {

// Chance per step that an innocent adopter is accused: misattribution x (1 - cbm), where cbm
// is the strength of its strongest confidence-building channel (MODEL.md phase 5).
double false_alarm_probability(double misattribution, double cbm);

}  // namespace cybernorms
