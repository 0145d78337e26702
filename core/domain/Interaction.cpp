// SPDX-License-Identifier: GPL-3.0-or-later
#include "Interaction.h"

#include <QCoreApplication>

namespace kontor {

QStringList InteractionKinds::all()
{
    return {call, meeting, email, message, note, complaint};
}

QString InteractionKinds::displayName(const QString& key)
{
    if (key == call)
        return QCoreApplication::translate("InteractionKinds", "Call");
    if (key == meeting)
        return QCoreApplication::translate("InteractionKinds", "Meeting");
    if (key == email)
        return QCoreApplication::translate("InteractionKinds", "Email");
    if (key == message)
        return QCoreApplication::translate("InteractionKinds", "Message");
    if (key == note)
        return QCoreApplication::translate("InteractionKinds", "Note");
    if (key == complaint)
        return QCoreApplication::translate("InteractionKinds", "Complaint");
    return key;
}

QStringList InteractionOutcomes::all()
{
    return {successful, neutral, unsuccessful, noAnswer, voicemail, busy, wrongNumber};
}

QString InteractionOutcomes::displayName(const QString& key)
{
    if (key == successful)
        return QCoreApplication::translate("InteractionOutcomes", "Successful");
    if (key == neutral)
        return QCoreApplication::translate("InteractionOutcomes", "Neutral");
    if (key == unsuccessful)
        return QCoreApplication::translate("InteractionOutcomes", "Unsuccessful");
    if (key == noAnswer)
        return QCoreApplication::translate("InteractionOutcomes", "No answer");
    if (key == voicemail)
        return QCoreApplication::translate("InteractionOutcomes", "Voicemail");
    if (key == busy)
        return QCoreApplication::translate("InteractionOutcomes", "Busy");
    if (key == wrongNumber)
        return QCoreApplication::translate("InteractionOutcomes", "Wrong number");
    return key;
}

} // namespace kontor
