#pragma once

#include "benchscenes.h"

/// Registers BM_ExportGeoJson/1000/100000: the data export of the large synthetic campaign.
void registerGisExportBenchmarks(const CampaignSource &large);
