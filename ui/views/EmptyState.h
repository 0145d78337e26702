// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QLabel;

namespace kontor::ui {

/// Shows `text`, one line on what to do, in the middle of `view` while its model has no rows; returns the label
/// (named "emptyState"), which follows the model from then on. Call it after the view has its model.
QLabel* showWhenEmpty(QAbstractItemView* view, const QString& text);

} // namespace kontor::ui
