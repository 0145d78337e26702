// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kontor::ui {

/// One row of a card's table of details (a contact's, a company's): the label in `labelColor`, then its value
/// (`html`). Qt lays out a rich text table from the left whatever the direction: `mirrored` (right to left), the
/// label is written as the second cell, so that it stands on the right with its value to its left.
inline QString detailsRow(const QString& label, const QString& html, const QString& labelColor, bool mirrored)
{
    return (mirrored ? QStringLiteral("<tr><td align='right'>%2</td><td align='right' style='padding-left:12px; "
                                      "white-space:nowrap; color:%3'>%1</td></tr>")
                     : QStringLiteral("<tr><td style='padding-right:12px; white-space:nowrap; color:%3'>%1</td>"
                                      "<td>%2</td></tr>"))
        .arg(label.toHtmlEscaped(), html, labelColor);
}

} // namespace kontor::ui
