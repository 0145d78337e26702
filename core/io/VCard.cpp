// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCard.h"

#include "io/TextDecoder.h"

#include <QHash>

#include <optional>

namespace kontor {

namespace {

struct Property
{
    QByteArray group;
    QByteArray name;
    /// Parameter names upper-cased; vCard 2.1's bare "WORK;VOICE" become TYPE values.
    QList<QPair<QByteArray, QByteArray>> params;
    QByteArray value;

    QList<QByteArray> param(const QByteArray& key) const
    {
        QList<QByteArray> values;
        for (const auto& [name, value] : params) {
            if (name == key) {
                for (const QByteArray& part : value.split(','))
                    values << part.trimmed().toLower();
            }
        }
        return values;
    }
};

bool isQuotedPrintable(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

// Logical lines: a line break followed by a space or tab continues the line (RFC 6350 3.2); in vCard 2.1 a
// quoted-printable value ending in "=" continues on the next line.
QList<QByteArray> unfold(const QByteArray& data)
{
    QList<QByteArray> lines;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!lines.isEmpty() && (line.startsWith(' ') || line.startsWith('\t'))) {
            lines.last() += line.mid(1);
        } else if (!lines.isEmpty() && lines.last().endsWith('=') && isQuotedPrintable(lines.last())) {
            lines.last().chop(1);
            lines.last() += line;
        } else {
            lines << line;
        }
    }
    return lines;
}

// Splits at `separator` outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray& text, char separator)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

std::optional<Property> parseLine(const QByteArray& line)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    Property property;
    property.value = line.mid(colon + 1);
    const QList<QByteArray> header = splitOutsideQuotes(line.left(colon), ';');
    QByteArray name = header.first().trimmed();
    if (const qsizetype dot = name.indexOf('.'); dot >= 0) {
        property.group = name.left(dot).toLower();
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QByteArray param = header[i].trimmed();
        if (param.isEmpty())
            continue;
        const qsizetype equals = param.indexOf('=');
        if (equals < 0) {
            property.params.append({"TYPE", param});
        } else {
            QByteArray value = param.mid(equals + 1);
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            property.params.append({param.left(equals).trimmed().toUpper(), value});
        }
    }
    return property;
}

QByteArray decodeQuotedPrintable(const QByteArray& text)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size()) {
            bool ok = false;
            const int byte = text.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes += static_cast<char>(byte);
                i += 2;
                continue;
            }
        }
        bytes += text[i];
    }
    return bytes;
}

// Splits at `separator` where it is not escaped with a backslash; the parts keep their escapes.
QStringList splitUnescaped(const QString& text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString unescape(const QString& text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            plain += c;
            continue;
        }
        const QChar next = text.at(++i);
        plain += next == u'n' || next == u'N' ? QChar(u'\n') : next;
    }
    return plain;
}

QString escape(QString text)
{
    text.remove(u'\r');
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(u';', QStringLiteral("\\;"));
    return text;
}

// Apple writes its own labels as "_$!<Mobile>!$_".
QString cleanLabel(QString label)
{
    if (label.startsWith(QStringLiteral("_$!<")) && label.endsWith(QStringLiteral(">!$_")))
        label = label.mid(4, label.size() - 8);
    return label.trimmed().toLower();
}

QString labelFromTypes(const QList<QByteArray>& types)
{
    for (const QByteArray& type : types) {
        if (type == "cell" || type == "mobile" || type == "iphone")
            return QStringLiteral("mobile");
        if (type == "work" || type == "home" || type == "fax" || type == "pager" || type == "main" || type == "other")
            return QString::fromLatin1(type);
    }
    return {};
}

QByteArray typeForLabel(const QString& label)
{
    if (label == QStringLiteral("mobile"))
        return "cell";
    if (label == QStringLiteral("work") || label == QStringLiteral("home") || label == QStringLiteral("fax") ||
        label == QStringLiteral("pager"))
        return label.toLatin1();
    return {};
}

QDate parseBirthday(QString text)
{
    text = text.section(u'T', 0, 0).trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

class CardBuilder
{
public:
    explicit CardBuilder(QStringList* warnings) : m_warnings(warnings) {}

    void add(const Property& property)
    {
        const QByteArray& name = property.name;
        if (name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY" || name == "VERSION")
            return;
        const QString text = decode(property);
        if (name == "X-ABLABEL") {
            m_groupLabels.insert(property.group, cleanLabel(unescape(text)));
        } else if (name == "FN") {
            m_fullName = unescape(text).trimmed();
        } else if (name == "N") {
            const QStringList parts = splitUnescaped(text, u';');
            m_card.contact.lastName = unescape(parts.value(0)).trimmed();
            m_card.contact.firstName =
                QStringList{unescape(parts.value(1)), unescape(parts.value(2))}.join(u' ').simplified();
        } else if (name == "ORG") {
            m_card.company = unescape(splitUnescaped(text, u';').value(0)).trimmed();
        } else if (name == "TITLE") {
            m_card.contact.title = unescape(text).trimmed();
        } else if (name == "EMAIL" || name == "TEL") {
            QString value = unescape(text).trimmed();
            if (name == "TEL" && value.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
                value = value.mid(4);
            if (value.isEmpty())
                return;
            auto& list = name == "EMAIL" ? m_card.contact.emails : m_card.contact.phones;
            list.append({value, labelFromTypes(property.param("TYPE"))});
            m_groups.append({property.group, &list, list.size() - 1});
        } else if (name == "BDAY") {
            const QDate birthday = parseBirthday(unescape(text));
            if (birthday.isValid())
                m_card.contact.birthday = birthday;
            else
                m_problems << VCards::tr("the birthday “%1” has no year or is not a date; it was left out.")
                                  .arg(unescape(text));
        } else if (name == "ADR") {
            if (!m_card.contact.address.isEmpty())
                return; // Kontor keeps one address: the first
            const QStringList parts = splitUnescaped(text, u';');
            QStringList street;
            for (int i : {0, 1, 2}) {
                if (!unescape(parts.value(i)).trimmed().isEmpty())
                    street << unescape(parts.value(i)).trimmed();
            }
            m_card.contact.address.street = street.join(QStringLiteral(", "));
            m_card.contact.address.city = unescape(parts.value(3)).trimmed();
            m_card.contact.address.region = unescape(parts.value(4)).trimmed();
            m_card.contact.address.postalCode = unescape(parts.value(5)).trimmed();
            m_card.contact.address.country = unescape(parts.value(6)).trimmed();
        } else if (name == "NOTE") {
            const QString note = unescape(text).trimmed();
            m_card.contact.notes = m_card.contact.notes.isEmpty() ? note : m_card.contact.notes + u'\n' + note;
        } else if (name.startsWith("X-KONTOR-") && name.size() > 9) {
            m_card.customFields.append({QString::fromLatin1(name.mid(9)).toLower(), unescape(text).trimmed()});
        } else if (name == "CATEGORIES") {
            for (const QString& part : splitUnescaped(text, u',')) {
                const QString tag = unescape(part).trimmed();
                // Google files every contact under its system group "myContacts".
                if (!tag.isEmpty() && tag != QStringLiteral("myContacts") && !m_card.contact.tags.contains(tag))
                    m_card.contact.tags << tag;
            }
        }
    }

    VCard finish()
    {
        // Apple and Google name a value in a group: "item1.EMAIL" labelled by "item1.X-ABLabel".
        for (const Grouped& grouped : std::as_const(m_groups)) {
            if (!grouped.group.isEmpty() && m_groupLabels.contains(grouped.group))
                (*grouped.list)[grouped.index].label = m_groupLabels.value(grouped.group);
        }
        Contact& contact = m_card.contact;
        if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !m_fullName.isEmpty()) {
            const qsizetype space = m_fullName.lastIndexOf(u' ');
            contact.firstName = space > 0 ? m_fullName.left(space) : m_fullName;
            contact.lastName = space > 0 ? m_fullName.mid(space + 1) : QString();
        }
        if (m_warnings) {
            const QString who = contact.displayName().isEmpty() ? m_card.company : contact.displayName();
            for (const QString& problem : std::as_const(m_problems))
                *m_warnings << VCards::tr("%1: %2").arg(who, problem);
        }
        return m_card;
    }

private:
    QString decode(const Property& property)
    {
        QByteArray bytes = property.value;
        const QList<QByteArray> encoding = property.param("ENCODING");
        if (encoding.contains("quoted-printable"))
            bytes = decodeQuotedPrintable(bytes);
        const QList<QByteArray> charset = property.param("CHARSET");
        if (charset.isEmpty() || charset.first() == "utf-8")
            return QString::fromUtf8(bytes);
        TextDecoder decoder(charset.first());
        if (!decoder.isValid()) {
            m_problems << VCards::tr("the character set “%1” is not known; the text was read as UTF-8.")
                              .arg(QString::fromLatin1(charset.first()));
            return QString::fromUtf8(bytes);
        }
        return decoder.decode(bytes, true);
    }

    struct Grouped
    {
        QByteArray group;
        QList<LabeledValue>* list;
        qsizetype index;
    };
    QStringList* m_warnings;
    VCard m_card;
    QString m_fullName;
    QHash<QByteArray, QString> m_groupLabels;
    QList<Grouped> m_groups;
    QStringList m_problems;
};

// Folds at 75 octets without cutting a UTF-8 character in two.
void appendFolded(QByteArray& out, const QByteArray& line)
{
    qsizetype start = 0;
    qsizetype limit = 75;
    while (line.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += line.mid(start);
    out += "\r\n";
}

} // namespace

QList<VCard> VCards::read(const QByteArray& data, QStringList* warnings)
{
    QList<VCard> cards;
    std::optional<CardBuilder> card;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    for (const QByteArray& line : unfold(bytes)) {
        const std::optional<Property> property = parseLine(line);
        if (!property)
            continue;
        if (property->name == "BEGIN" && property->value.trimmed().toUpper() == "VCARD") {
            card.emplace(warnings);
        } else if (property->name == "END" && property->value.trimmed().toUpper() == "VCARD") {
            if (card)
                cards << card->finish();
            card.reset();
        } else if (card) {
            card->add(*property);
        }
    }
    return cards;
}

QByteArray VCards::write(const QList<VCard>& cards)
{
    QByteArray out;
    const auto line = [&out](const QString& text) { appendFolded(out, text.toUtf8()); };
    for (const VCard& card : cards) {
        const Contact& contact = card.contact;
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:4.0"));
        const QString fullName = contact.displayName().isEmpty() ? card.company : contact.displayName();
        line(QStringLiteral("FN:") + escape(fullName));
        line(QStringLiteral("N:%1;%2;;;").arg(escape(contact.lastName), escape(contact.firstName)));
        if (!card.company.isEmpty())
            line(QStringLiteral("ORG:") + escape(card.company));
        if (!contact.title.isEmpty())
            line(QStringLiteral("TITLE:") + escape(contact.title));
        // A label that is not a vCard type goes the way Apple and Google write theirs: a group with X-ABLabel.
        int group = 0;
        const auto values = [&](const QString& property, const QList<LabeledValue>& list, const QString& extra) {
            for (const LabeledValue& value : list) {
                const QByteArray type = typeForLabel(value.label);
                if (!value.label.isEmpty() && type.isEmpty()) {
                    const QString name = QStringLiteral("item%1").arg(++group);
                    line(QStringLiteral("%1.%2%3:%4").arg(name, property, extra, escape(value.value)));
                    line(QStringLiteral("%1.X-ABLabel:%2").arg(name, escape(value.label)));
                } else {
                    line(QStringLiteral("%1%2%3:%4")
                             .arg(property,
                                  type.isEmpty() ? QString() : QStringLiteral(";TYPE=") + QString::fromLatin1(type),
                                  extra, escape(value.value)));
                }
            }
        };
        values(QStringLiteral("EMAIL"), contact.emails, QString());
        // In vCard 4.0 a TEL is a URI unless it says it is text, as a number written with spaces is.
        values(QStringLiteral("TEL"), contact.phones, QStringLiteral(";VALUE=text"));
        if (contact.birthday.isValid())
            line(QStringLiteral("BDAY:") + contact.birthday.toString(QStringLiteral("yyyyMMdd")));
        if (!contact.address.isEmpty()) {
            const Address& address = contact.address;
            line(QStringLiteral("ADR:;;%1;%2;%3;%4;%5")
                     .arg(escape(address.street), escape(address.city), escape(address.region),
                          escape(address.postalCode), escape(address.country)));
        }
        if (!contact.notes.isEmpty())
            line(QStringLiteral("NOTE:") + escape(contact.notes));
        if (!contact.tags.isEmpty()) {
            QStringList tags;
            for (const QString& tag : contact.tags)
                tags << escape(tag);
            line(QStringLiteral("CATEGORIES:") + tags.join(u','));
        }
        for (const auto& [key, value] : card.customFields) {
            if (!value.isEmpty())
                line(QStringLiteral("X-KONTOR-") + key.toUpper() + u':' + escape(value));
        }
        line(QStringLiteral("END:VCARD"));
    }
    return out;
}

} // namespace kontor
