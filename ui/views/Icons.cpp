// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace kontor::ui::Icons {

namespace {

QPixmap render(const QByteArray& svg, const QColor& color, int size, qreal scale)
{
    QByteArray tinted = svg;
    tinted.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(tinted);
    QPixmap pixmap(QSize(size, size) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

} // namespace

QIcon icon(const QString& name, const QPalette& palette)
{
    QFile file(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    // Drawn ahead at the sizes menus, lists and buttons use, for screens at 1x and 2x.
    for (int size : {16, 20, 24, 32, 48}) {
        for (qreal scale : {1.0, 2.0}) {
            icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::WindowText), size, scale),
                           QIcon::Normal);
            icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::HighlightedText), size, scale),
                           QIcon::Selected);
            icon.addPixmap(render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size, scale),
                           QIcon::Disabled);
        }
    }
    return icon;
}

QStringList names()
{
    QStringList found;
    for (const QString& file : QDir(QStringLiteral(":/icons/ui")).entryList({QStringLiteral("*.svg")}))
        found << file.chopped(4);
    return found;
}

} // namespace kontor::ui::Icons
