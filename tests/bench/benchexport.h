#pragma once

#include "benchscenes.h"

/// Registers BM_ExportAnimation/aleppo and BM_ExportAnimationInBackground/aleppo (the export library, the viewer's
/// job).
void registerExportBenchmarks(const CampaignSource &aleppo);
