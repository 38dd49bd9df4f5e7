#!/usr/bin/env python3
"""Writes the TCX and GPX fixtures: exports shaped like Garmin Connect (TCX) and Strava (GPX) downloads,
with known cadences so the tests can check exact results. Fixed seed; run from this folder."""
import datetime
import random

random.seed(5)


def iso_ms(start, s):
    return (start + datetime.timedelta(seconds=s)).strftime('%Y-%m-%dT%H:%M:%S.000Z')


# Garmin Connect TCX: walk 2 min, slow warm-up jog 2.5 min (156-160 spm, 2.2 m/s), run 6 min at a median
# 164 spm (2.9 m/s), auto-pause 1 min (no points), run 2 min, walk 1 min. One point every 5 s.
start = datetime.datetime(2024, 5, 4, 7, 12, 3, tzinfo=datetime.timezone.utc)
pts = []
t = 0
dist = 0.0


def seg(dur, cad, speed, step=5):
    global t, dist
    for _ in range(dur // step):
        pts.append((t, dist, cad(), speed + random.uniform(-0.05, 0.05)))
        t += step
        dist += speed * step


seg(120, lambda: random.choice([58, 59, 60]), 1.45)
seg(150, lambda: random.choice([78, 79, 80]), 2.2)
seg(360, lambda: random.choice([81, 82, 82, 83]), 2.9)
t += 60
seg(120, lambda: random.choice([81, 82, 82, 83]), 2.9)
seg(60, lambda: random.choice([55, 57]), 1.3)
lines = []
for (tt, d, c, sp) in pts:
    lines.append(f"""          <Trackpoint>
            <Time>{iso_ms(start, tt)}</Time>
            <Position>
              <LatitudeDegrees>{51.05 + d / 111000:.7f}</LatitudeDegrees>
              <LongitudeDegrees>3.7203150</LongitudeDegrees>
            </Position>
            <AltitudeMeters>12.6</AltitudeMeters>
            <DistanceMeters>{d:.1f}</DistanceMeters>
            <HeartRateBpm>
              <Value>{int(120 + c / 2)}</Value>
            </HeartRateBpm>
            <Extensions>
              <ns3:TPX>
                <ns3:Speed>{sp:.3f}</ns3:Speed>
                <ns3:RunCadence>{c}</ns3:RunCadence>
              </ns3:TPX>
            </Extensions>
          </Trackpoint>""")
nl = '\n'
tcx = f"""<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase
  xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"
  xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1"
  xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"
  xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2"
  xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns4="http://www.garmin.com/xmlschemas/ProfileExtension/v1">
  <Activities>
    <Activity Sport="Running">
      <Id>{iso_ms(start, 0)}</Id>
      <Lap StartTime="{iso_ms(start, 0)}">
        <TotalTimeSeconds>{t}.0</TotalTimeSeconds>
        <DistanceMeters>{dist:.1f}</DistanceMeters>
        <MaximumSpeed>3.0</MaximumSpeed>
        <Calories>98</Calories>
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
        <Track>
{nl.join(lines)}
        </Track>
        <Extensions>
          <ns3:LX>
            <ns3:AvgSpeed>2.5</ns3:AvgSpeed>
            <ns3:AvgRunCadence>78</ns3:AvgRunCadence>
            <ns3:MaxRunCadence>83</ns3:MaxRunCadence>
          </ns3:LX>
        </Extensions>
      </Lap>
      <Creator xsi:type="Device_t">
        <Name>Forerunner 255</Name>
        <UnitId>3400000000</UnitId>
        <ProductID>3992</ProductID>
        <Version>
          <VersionMajor>19</VersionMajor>
          <VersionMinor>18</VersionMinor>
          <BuildMajor>0</BuildMajor>
          <BuildMinor>0</BuildMinor>
        </Version>
      </Creator>
    </Activity>
  </Activities>
  <Author xsi:type="Application_t">
    <Name>Connect Api</Name>
    <Build>
      <Version>
        <VersionMajor>0</VersionMajor>
        <VersionMinor>0</VersionMinor>
        <BuildMajor>0</BuildMajor>
        <BuildMinor>0</BuildMinor>
      </Version>
    </Build>
    <LangID>en</LangID>
    <PartNumber>006-D2449-00</PartNumber>
  </Author>
</TrainingCenterDatabase>
"""
open('garmin-run.tcx', 'w').write(tcx)
# Cut in the middle of a trackpoint, as an interrupted download leaves it.
cut = tcx.index('<Trackpoint>', len(tcx) // 2) + 40
open('truncated.tcx', 'w').write(tcx[:cut])
# A phone app that records no steps.
open('no-cadence.tcx', 'w').write('\n'.join(l for l in tcx.split('\n') if 'RunCadence>' not in l))

# Strava GPX: run 5 min at a median 170 spm (3.1 m/s), then walk 2 min; one point every 2 s, GPS jitter.
start2 = datetime.datetime(2024, 6, 1, 18, 30, 0, tzinfo=datetime.timezone.utc)
lat, lon = 52.3702, 4.8952
out = []
t = 0


def gseg(dur, cad, speed, step=2):
    global t, lat
    for _ in range(dur // step):
        c = cad()
        out.append(f"""   <trkpt lat="{lat + random.gauss(0, 0.00001):.7f}" lon="{lon + random.gauss(0, 0.00001):.7f}">
    <ele>1.2</ele>
    <time>{(start2 + datetime.timedelta(seconds=t)).strftime('%Y-%m-%dT%H:%M:%SZ')}</time>
    <extensions>
     <gpxtpx:TrackPointExtension>
      <gpxtpx:hr>{150 if c > 70 else 110}</gpxtpx:hr>
      <gpxtpx:cad>{c}</gpxtpx:cad>
     </gpxtpx:TrackPointExtension>
    </extensions>
   </trkpt>""")
        t += step
        lat += speed * step / 111000


head = f"""<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd http://www.garmin.com/xmlschemas/GpxExtensions/v3 http://www.garmin.com/xmlschemas/GpxExtensionsv3.xsd http://www.garmin.com/xmlschemas/TrackPointExtension/v1 http://www.garmin.com/xmlschemas/TrackPointExtensionv1.xsd" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3">
 <metadata>
  <time>{start2.strftime('%Y-%m-%dT%H:%M:%SZ')}</time>
 </metadata>
 <trk>
  <name>Evening Run</name>
  <type>running</type>
  <trkseg>
"""
tail = """
  </trkseg>
 </trk>
</gpx>
"""
gseg(300, lambda: random.choice([84, 85, 85, 86]), 3.1)
gseg(120, lambda: random.choice([56, 57, 58]), 1.4)
open('strava-run.gpx', 'w').write(head + '\n'.join(out) + tail)
out = []
t = 0
gseg(240, lambda: random.choice([55, 56, 57]), 1.4)
open('walk.gpx', 'w').write(head.replace('Evening Run', 'Morning Walk').replace('running', 'walking') + '\n'.join(out) + tail)
