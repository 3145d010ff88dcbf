-- The HTML report: one self-contained page with inline SVG charts (no
-- scripts, no fonts or styles from the network), written to the file named
-- by the psql variable report.  Charts: a radar of the eight dimension
-- scores per site (its latest period), NPS by month with its 95 % interval,
-- and SLA compliance by category; then the scorecard and the load report
-- as tables, and, where the data have them, the paused clocks and the
-- rated items of undated surveys.

-- Text made safe for HTML content and attribute values.
CREATE FUNCTION scorecard.html(value text)
RETURNS text
LANGUAGE sql IMMUTABLE
RETURN replace(replace(replace(replace(coalesce(value, ''), '&', '&amp;'),
								 '<', '&lt;'), '>', '&gt;'), '"', '&quot;');

-- A number with one decimal for SVG coordinates.
CREATE FUNCTION scorecard.svg_number(value float8)
RETURNS text
LANGUAGE sql IMMUTABLE
RETURN to_char(value, 'FM99990.0');

-- The radar chart of one site: one axis per dimension (0 at the centre,
-- 100 at the rim), grid rings every 25 points, the site's scores as a
-- polygon through the dimensions that have a score.
CREATE FUNCTION scorecard.svg_radar(site text, at_period date)
RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH axis AS (
		SELECT d.dimension_code, d.position,
			   radians(-90 + 45 * (d.position - 1)) AS angle,
			   s.score
		  FROM scorecard.dimension d
		  LEFT JOIN scorecard.dimension_score s
			ON s.dimension_code = d.dimension_code
		   AND s.site_code = site AND s.period = at_period
	)
	SELECT format('<svg class="radar" xmlns="http://www.w3.org/2000/svg" '
				  'width="300" height="300" viewBox="0 0 300 300" role="img" '
				  'aria-label="%s">', scorecard.html(site))
		|| format('<text x="150" y="16" text-anchor="middle" class="title">%s '
				  '(%s)</text>', scorecard.html(site), at_period)
		|| (SELECT string_agg(format('<polygon class="grid" points="%s"/>',
									 (SELECT string_agg(scorecard.svg_number(150 + ring * cos(angle))
														|| ',' || scorecard.svg_number(160 + ring * sin(angle)),
														' ' ORDER BY position)
										FROM axis)), '' ORDER BY ring)
			  FROM unnest(ARRAY[25, 50, 75, 100]::float8[]) ring)
		|| string_agg(format('<line class="axis" x1="150" y1="160" x2="%s" y2="%s"/>'
							 '<text x="%s" y="%s" text-anchor="middle">%s</text>',
							 scorecard.svg_number(150 + 100 * cos(angle)),
							 scorecard.svg_number(160 + 100 * sin(angle)),
							 scorecard.svg_number(150 + 118 * cos(angle)),
							 scorecard.svg_number(164 + 118 * sin(angle)),
							 dimension_code), '' ORDER BY position)
		|| coalesce(format('<polygon class="score" points="%s"/>',
						   string_agg(scorecard.svg_number(150 + score * cos(angle))
									  || ',' || scorecard.svg_number(160 + score * sin(angle)),
									  ' ' ORDER BY position)
						   FILTER (WHERE score IS NOT NULL)), '')
		|| coalesce(string_agg(format('<circle class="point" cx="%s" cy="%s" r="3">'
									  '<title>%s %s</title></circle>',
									  scorecard.svg_number(150 + score * cos(angle)),
									  scorecard.svg_number(160 + score * sin(angle)),
									  dimension_code, round(score::numeric, 1)),
							   '' ORDER BY position)
					FILTER (WHERE score IS NOT NULL), '')
		|| '</svg>'
	  FROM axis;
END;

-- NPS by month for one site: the interval as a shaded band, the score as a
-- line with points, on a -100 to 100 scale.
CREATE FUNCTION scorecard.svg_nps_trend(site text)
RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH point AS (
		SELECT n.month, n.nps, n.nps_low, n.nps_high, n.responses,
			   40 + 560 * ((n.month - min(n.month) OVER ())::float8
						   / nullif(max(n.month) OVER () - min(n.month) OVER (), 0))
				   AS x
		  FROM scorecard.nps_by_month n
		 WHERE n.site_code = site
	), placed AS (
		SELECT month, nps, responses, coalesce(x, 320) AS x,
			   120 - nps * 0.9 AS y,
			   120 - nps_high * 0.9 AS y_high,
			   120 - nps_low * 0.9 AS y_low
		  FROM point
	)
	SELECT format('<svg class="nps-trend" xmlns="http://www.w3.org/2000/svg" '
				  'width="640" height="250" viewBox="0 0 640 250" role="img" '
				  'aria-label="NPS by month, %s">', scorecard.html(site))
		|| format('<text x="320" y="14" text-anchor="middle" class="title">%s: '
				  'NPS by month with its 95 %% interval</text>', scorecard.html(site))
		|| (SELECT string_agg(format('<line class="gridline" x1="40" x2="600" y1="%s" y2="%s"/>'
									 '<text x="34" y="%s" text-anchor="end">%s</text>',
									 120 - v * 0.9, 120 - v * 0.9, 124 - v * 0.9, v),
							  '' ORDER BY v)
			  FROM unnest(ARRAY[-100, -50, 0, 50, 100]) v)
		|| format('<polygon class="band" points="%s %s"/>',
				  string_agg(scorecard.svg_number(x) || ',' || scorecard.svg_number(y_high),
							 ' ' ORDER BY month),
				  string_agg(scorecard.svg_number(x) || ',' || scorecard.svg_number(y_low),
							 ' ' ORDER BY month DESC))
		|| format('<polyline class="line" points="%s"/>',
				  string_agg(scorecard.svg_number(x) || ',' || scorecard.svg_number(y),
							 ' ' ORDER BY month))
		|| string_agg(format('<circle class="point" cx="%s" cy="%s" r="3">'
							 '<title>%s: NPS %s (%s answers)</title></circle>',
							 scorecard.svg_number(x), scorecard.svg_number(y),
							 to_char(month, 'YYYY-MM'), round(nps::numeric, 1),
							 responses), '' ORDER BY month)
		|| format('<text x="40" y="225">%s</text><text x="600" y="225" '
				  'text-anchor="end">%s</text>',
				  to_char(min(month), 'YYYY-MM'), to_char(max(month), 'YYYY-MM'))
		|| '</svg>'
	  FROM placed;
END;

-- SLA compliance by category, as horizontal bars: for each site its eight
-- categories with the most judged requests.
CREATE FUNCTION scorecard.svg_compliance()
RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
	WITH bar AS (
		SELECT c.site_code, k.name AS category_name, c.compliance, c.judged,
			   row_number() OVER (ORDER BY c.site_code, c.judged DESC,
								  c.category_code) AS n
		  FROM (SELECT *, row_number() OVER (PARTITION BY site_code
											 ORDER BY judged DESC, category_code) AS top
				  FROM scorecard.sla_by_category
				 WHERE compliance IS NOT NULL) c
		  JOIN scorecard.category k USING (category_code)
		 WHERE c.top <= 8
	)
	SELECT format('<svg class="compliance" xmlns="http://www.w3.org/2000/svg" '
				  'width="760" height="%s" viewBox="0 0 760 %s" role="img" '
				  'aria-label="SLA compliance by category">',
				  40 + 22 * count(*), 40 + 22 * count(*))
		|| '<text x="380" y="14" text-anchor="middle" class="title">'
		   'Resolved within the limit, by category (share of judged requests)</text>'
		|| string_agg(format('<text x="296" y="%s" text-anchor="end">%s</text>'
							 '<rect class="bar" x="300" y="%s" width="%s" height="16">'
							 '<title>%s · %s: %s of %s</title></rect>'
							 '<text x="%s" y="%s">%s %%</text>',
							 30 + 22 * n,
							 scorecard.html(site_code || ' · '
											|| left(category_name, 40)),
							 18 + 22 * n, scorecard.svg_number(400 * compliance),
							 scorecard.html(site_code), scorecard.html(category_name),
							 round(judged * compliance), judged,
							 scorecard.svg_number(306 + 400 * compliance), 30 + 22 * n,
							 round(100 * compliance::numeric, 1)), '' ORDER BY n)
		|| '</svg>'
	  FROM bar;
END;

-- The whole page.
CREATE FUNCTION scorecard.report_html()
RETURNS text
LANGUAGE sql STABLE
BEGIN ATOMIC
	SELECT '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
		|| '<title>Service scorecard</title><style>'
		|| 'body{font-family:sans-serif;margin:24px;color:#222}'
		|| 'svg{margin:6px;background:#fafafa;border:1px solid #ddd}'
		|| 'svg text{font-size:11px;fill:#333}svg .title{font-size:13px;font-weight:bold}'
		|| '.grid{fill:none;stroke:#ccc}.axis,.gridline{stroke:#ccc}'
		|| '.score{fill:rgba(31,119,180,.35);stroke:#1f77b4;stroke-width:2}'
		|| '.point{fill:#1f77b4}.band{fill:rgba(255,127,14,.25)}'
		|| '.line{fill:none;stroke:#d62728;stroke-width:2}.bar{fill:#2ca02c}'
		|| 'table{border-collapse:collapse;font-size:12px}'
		|| 'td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}'
		|| '</style></head><body><h1>Service scorecard</h1>'
		|| '<h2>Eight dimensions per site (latest period)</h2><div>'
		|| coalesce((SELECT string_agg(scorecard.svg_radar(site_code, period), ''
									   ORDER BY site_code)
					   FROM (SELECT site_code, max(period) AS period
							   FROM scorecard.dimension_score
							  GROUP BY site_code) latest), '')
		|| '</div><h2>Net Promoter Score over time</h2><div>'
		|| coalesce((SELECT string_agg(scorecard.svg_nps_trend(site_code), ''
									   ORDER BY site_code)
					   FROM (SELECT DISTINCT site_code FROM scorecard.nps_by_month) s), '')
		|| '</div><h2>SLA compliance by category</h2><div>'
		|| coalesce(scorecard.svg_compliance(), '')
		|| '</div><h2>Scorecard</h2><table><tr><th>site</th><th>period</th>'
		|| '<th>rank</th><th>index</th><th>ATT</th><th>EFF</th><th>QUA</th>'
		|| '<th>PRO</th><th>CON</th><th>SAT</th><th>PER</th><th>INN</th>'
		|| '<th>NPS</th><th>95 % interval</th><th>SLA %</th></tr>'
		|| coalesce((SELECT string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td>'
											  '<td>%s</td><td>%s</td><td>%s</td><td>%s</td>'
											  '<td>%s</td><td>%s</td><td>%s</td><td>%s</td>'
											  '<td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
											  scorecard.html(site_code), period, rank,
											  round(service_index::numeric, 1),
											  round(att::numeric, 1), round(eff::numeric, 1),
											  round(qua::numeric, 1), round(pro::numeric, 1),
											  round(con::numeric, 1), round(sat::numeric, 1),
											  round(per::numeric, 1), round(inn::numeric, 1),
											  round(nps::numeric, 1),
											  round(nps_low::numeric, 1) || '..'
											  || round(nps_high::numeric, 1),
											  round(100 * compliance::numeric, 1)),
									   '' ORDER BY period, rank, site_code)
					   FROM scorecard.scorecard), '')
		|| '</table><h2>Load report</h2><table><tr><th>source</th><th>unit</th>'
		|| '<th>outcome</th><th>reason</th><th>count</th></tr>'
		|| coalesce((SELECT string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td>'
											  '<td>%s</td><td>%s</td></tr>',
											  scorecard.html(source), unit, outcome,
											  scorecard.html(reason), count),
									   '' ORDER BY source, unit DESC, outcome,
									   count DESC, reason)
					   FROM scorecard.load_report), '')
		|| '</table>'
		|| coalesce((SELECT '<h2>Paused clocks</h2><table><tr><th>site</th>'
							|| '<th>resolved</th><th>paused</th><th>paused time</th>'
							|| '<th>SLA %</th><th>SLA % had the clock run on</th></tr>'
							|| string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td>'
												 '<td>%s</td><td>%s</td><td>%s</td></tr>',
												 scorecard.html(site_code), resolved, paused,
												 justify_hours(date_trunc('minute', paused_time)),
												 round(100 * compliance::numeric, 1),
												 round(100 * compliance_unpaused::numeric, 1)),
										  '' ORDER BY site_code)
							|| '</table>'
					   FROM scorecard.paused_clock), '')
		|| coalesce((SELECT '<h2>Rated items of undated surveys</h2><table>'
							|| '<tr><th>site</th><th>category</th><th>item</th>'
							|| '<th>answers</th><th>mean</th><th>top-2 %</th>'
							|| '<th>bottom-2 %</th></tr>'
							|| string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td>'
												 '<td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
												 scorecard.html(r.site_code),
												 scorecard.html(r.category_code),
												 scorecard.html(r.item_code), r.answers,
												 round(r.mean::numeric, 2),
												 round(r.top2::numeric, 1),
												 round(r.bottom2::numeric, 1)),
										  '' ORDER BY r.site_code, r.category_code,
										  r.item_code)
							|| '</table>'
					   FROM scorecard.rated_item r
					  WHERE NOT EXISTS (SELECT FROM scorecard.survey_response v
										 WHERE v.site_code = r.site_code
										   AND v.answered_at IS NOT NULL)), '')
		|| '</body></html>';
END;

\pset format unaligned
\pset tuples_only on
\o :report
SELECT scorecard.report_html();
\o
\pset format aligned
\pset tuples_only off
\echo
\echo 'HTML report written to' :report
