// SPDX-License-Identifier: GPL-3.0-or-later
// Writes UserGuideStrings.cpp from the README's user guide, so that lupdate finds each of its texts; run by
// `cmake --build <build> --target update_translations` before lupdate.
#include "dialogs/UserGuideDialog.h"
#include "dialogs/UserGuideText.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace {

QString cppLiteral(const QString& text)
{
    QString literal;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            literal += QLatin1Char('\\');
        literal += c;
    }
    return QLatin1Char('"') + literal + QLatin1Char('"');
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: " << arguments.value(0) << " README.md UserGuideStrings.cpp\n";
        return 2;
    }
    QFile readme(arguments[1]);
    if (!readme.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << arguments[1] << ": " << readme.errorString() << '\n';
        return 1;
    }
    const QString guide = kontor::ui::UserGuideDialog::guideFromReadme(QString::fromUtf8(readme.readAll()));
    QString out = QStringLiteral(
        "// SPDX-License-Identifier: GPL-3.0-or-later\n"
        "// Written from README.md by `cmake --build <build> --target update_translations`: do not edit.\n"
        "// Each text of the user guide, for lupdate; tst_userguide fails when this no longer matches the README.\n"
        "#include \"UserGuideText.h\"\n\n"
        "#include <QtGlobal>\n\n"
        "namespace kontor::ui {\n\n"
        "QStringList compiledGuideSources()\n{\n"
        "    // clang-format off\n"
        "    static const char* const sources[] = {\n");
    for (const QString& source : kontor::ui::guideSources(kontor::ui::splitGuide(guide)))
        out += QStringLiteral("        QT_TRANSLATE_NOOP(\"UserGuide\", %1),\n").arg(cppLiteral(source));
    out += QStringLiteral("    };\n"
                          "    // clang-format on\n"
                          "    QStringList list;\n"
                          "    for (const char* source : sources)\n"
                          "        list.append(QString::fromUtf8(source));\n"
                          "    return list;\n}\n\n"
                          "} // namespace kontor::ui\n");
    QFile existing(arguments[2]);
    if (existing.open(QIODevice::ReadOnly) && QString::fromUtf8(existing.readAll()) == out)
        return 0; // unchanged: no rebuild
    QSaveFile file(arguments[2]);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.toUtf8()) < 0 || !file.commit()) {
        QTextStream(stderr) << arguments[2] << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}
