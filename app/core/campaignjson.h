#pragma once

#include "controltimeline.h"

#include <QDate>
#include <QJsonObject>

/**
 * @brief The JSON documents of the command line (`--state-at`, `--history`, `--events`).
 *
 * The shapes are a public contract (see the README); tests run the real
 * executable against them.
 */
class CampaignJson
{
public:
    /// `{"date", "districts": [{"id", "name", "control", "leading"?, "contestants"?, "basis", "changed", "since",
    /// "sources"}]}`, from ControlTimeline::appearanceAt(); `contestants` with every contested control.
    static QJsonObject stateAt(const ControlTimeline &timeline, QDate date);
    /// `{"id", "changes": [{"date", "control", "leading"?, "basis", "sources": [{"paragraph", "refs", "quote"}]}]}`
    static QJsonObject history(const ControlTimeline &timeline, int districtIndex);
    /// `{"events": [...]}` for events overlapping [from, to] (invalid bounds are open).
    static QJsonObject events(const Campaign &campaign, QDate from, QDate to);
};
