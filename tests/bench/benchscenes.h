#pragma once

#include "campaign.h"

#include <functional>
#include <memory>

/// Gives a benchmark its campaign when it runs (loaded or generated on first use).
using CampaignSource = std::function<std::shared_ptr<const Campaign>()>;

/// Registers BM_ScrubFrame/* and BM_RenderFull/* (they need the map library).
void registerSceneBenchmarks(const CampaignSource &aleppo, const CampaignSource &large);
