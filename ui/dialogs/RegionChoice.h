// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;

namespace kontor::ui {

/// Fills `box` with every country Qt knows, by name, each with its ISO 3166 code as the item's data: the region of
/// phone numbers typed without a country code.
void fillPhoneRegions(QComboBox* box);

} // namespace kontor::ui
