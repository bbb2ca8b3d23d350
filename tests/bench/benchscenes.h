#pragma once

#include "campaign.h"

#include <memory>

/// Registers BM_ScrubFrame/* and BM_RenderFull/* (they need the map library).
void registerSceneBenchmarks(std::shared_ptr<const Campaign> aleppo, std::shared_ptr<const Campaign> large);
