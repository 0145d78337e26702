// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kontor {

/// Kinds and outcomes are stored as stable keys ("call", "no_answer"); the lists below are the built-in ones
/// and the functions translate a key for display, showing unknown keys as they are.
namespace InteractionKinds {
inline const QString call = QStringLiteral("call");
inline const QString meeting = QStringLiteral("meeting");
inline const QString email = QStringLiteral("email");
inline const QString message = QStringLiteral("message");
inline const QString note = QStringLiteral("note");
inline const QString complaint = QStringLiteral("complaint");
QStringList all();
QString displayName(const QString& key);
} // namespace InteractionKinds

namespace InteractionOutcomes {
inline const QString successful = QStringLiteral("successful");
inline const QString neutral = QStringLiteral("neutral");
inline const QString unsuccessful = QStringLiteral("unsuccessful");
inline const QString noAnswer = QStringLiteral("no_answer");
inline const QString voicemail = QStringLiteral("voicemail");
inline const QString busy = QStringLiteral("busy");
inline const QString wrongNumber = QStringLiteral("wrong_number");
QStringList all();
QString displayName(const QString& key);
} // namespace InteractionOutcomes

enum class Direction { None, Inbound, Outbound };

/// Something that happened with a contact: a call, a meeting, an email, a note, a complaint.
struct Interaction
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 dealId = 0;
    QString kind = InteractionKinds::call;
    Direction direction = Direction::None;
    QDateTime occurredAt;
    int durationSeconds = 0;
    QString subject;
    QString notes;
    QString outcome;
    /// For complaints: when it was resolved; invalid while open.
    QDateTime resolvedAt;
    qint64 loggedBy = 0;
    /// The meeting this call or meeting's "next step" booked; 0 for none. The weekly report counts these.
    qint64 nextMeetingId = 0;
    QDateTime createdAt;
    QDateTime archivedAt;
};

} // namespace kontor
