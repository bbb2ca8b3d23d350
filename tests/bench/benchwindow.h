#pragma once

#include "benchscenes.h"

/// Registers BM_ScrubOnScreen/* (they need the viewer library).
void registerWindowBenchmarks(const CampaignSource &aleppo, const CampaignSource &large);
