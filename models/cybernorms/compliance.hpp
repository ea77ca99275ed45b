#pragma once

namespace cybernorms {

// docs/model.md, phase 4: an adopter violates with probability boldness x T / (T + expected
// punishment), where the expected punishment is P x effective visibility x the summed
// vengefulness of the observers who endorse the norm.
double violation_probability(double boldness, double temptation, double expected_punishment);

// Effective visibility: base visibility, raised by the strongest monitoring of the agent's
// initiatives and by confidence-building transparency (cbm strength x cbm_visibility).
double effective_visibility(double visibility, double monitoring, double cbm,
                            double cbm_visibility);

}  // namespace cybernorms
