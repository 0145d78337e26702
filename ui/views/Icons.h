// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace kontor::ui::Icons {

/// One of Kontor's own line icons (resources/icons/ui/NAME.svg: "today", "contacts", "new-deal", ...), drawn in the
/// palette's text colour so that it reads in the light and the dark palette, in the highlighted text colour when
/// selected, and sharp at any scale. A name without an icon gives an empty icon.
QIcon icon(const QString& name, const QPalette& palette);

/// The names of every icon there is, for tests and the gallery.
QStringList names();

} // namespace kontor::ui::Icons
