package dev.policygraph.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third, fourth, fifth and seventh held-out sets (src/test/resources/plans/heldout3, 4, 5 and 7, READMEs there), written and
 * annotated blind, scored by ../shared/eval/score.py through the same check as the other families.
 * <p>
 * heldout3 (8 plans: a tab-separated 清单 whose task cell opens with a heading sentence, (A会同B负责), 专栏 boxes, 一是二是,
 * (1) sub-items, a 考核细则 table, a 附件 table of targets) measured blind on 2026-11-25: overall 0.885, tasks 0.808,
 * leads 0.870, co 0.835, targets 0.857, meta 0.938. heldout4 (8 plans: PDF text with running heads and clauses broken
 * across pages, a cell-per-line 分工表 with merged 重点任务 cells, clauses printed before the task, a 要素保障 part of
 * tasks, 第X条 with (一) lists, a 工作要点 of a sub-district, a development zone) measured blind after the heldout3
 * fixes: overall 0.839, tasks 0.778, leads 0.826, co 0.785, schools 0.923, targets 0.863, meta 0.857. General rules
 * then raised them to 0.996 and 0.998. heldout5 (7 plans: a box-drawn table with a two-line header, 1) numbering,
 * parts that are measures, (牵头:X;参与:Y), 由X负责,Y协同推进, a pipe table with 现状值/目标值 columns, a 镇 plan)
 * measured blind after the heldout4 fixes: overall 0.727, tasks 0.711, leads 0.707, co 0.431, schools 0.750, targets
 * 0.862, meta 0.898; after general fixes 0.976. heldout7 (8 plans in the commonest real shapes: a ministry 分工方案,
 * a province's 实施意见, a city 行动计划 under (一) groups, a county 工作方案 numbered 1、, a district's tab-separated
 * 清单 with category rows and a 工作举措 column, a bureau's 工作要点, a 考核细则 in prose with weights, a town plan) measured
 * blind on 2026-11-26: overall 0.914, tasks 0.891, leads 0.886, co 0.930, schools 0.895, targets 0.912, meta 0.968;
 * after general fixes 0.999. heldout8 (7 plans: a State Council 意见, a health commission 行动方案 with 1. restarting per
 * group, 责任单位 lines with (牵头), a cell-per-line 分工表, 〔〕 clauses, a school board's plan, PDF text with page
 * numbers) measured blind on 2026-11-26 at the session's first build: 0.941 (schools 0.538); by the build that had
 * the heldout7 fixes, still before it was read: 0.993. heldout6 (8 plans in our own words reproducing the shapes of 16
 * real web pages that scored 0.577 blind: space-separated and pipe-terminated tables, collapsed paragraphs, web
 * page chrome, 分别牵头, mixed goal/task headings): 0.384 before, 0.885 after general fixes, 0.957 after the next
 * session's (merged-cell pipe rows right-aligned, box rows joined by position, covering-notice paragraphs, an annex's
 * title); the table without any separator (05) is still misread. web9, web10 and web11 are real page beginnings with
 * gold by blind evaluators (their READMEs; web12 and web13 measured blind on 2026-11-27 at 0.756 and 0.614 by the
 * main of that morning, 0.727 and 0.620 by the first builds of that day; web14, a State Council notice, a
 * province's and a district's 分工, a city's 方案 with 〔…〕 clauses, a county's 考核细则 table, measured blind on
 * 2026-11-27 at 0.930 by the main of that morning; web15, four whole State Council texts and seven page
 * beginnings (a progress table a cell a paragraph, a 考核 table with a pipe line after each wrapped cell, a 第一章
 * 总则 excerpt, PDF text), blind the same day at 0.921; web16, education pages naming twenty schools, a news report on a
 * plan, a notice without measures, blind the same day at 0.624, its co bar low because one unit's bracket is printed
 * 各县<市、区> and the parser prints it 各县(市、区); web17, responsibility in many forms, blind the same day at 0.826,
 * two of its tables flattened into one paragraph without any separator and cut by a site's page marks; web18, the
 * commonest shape (方案 with clauses, target lists), blind the same day at 0.525, its bars low because a table without a
 * header (06) is not read and units glued without separators (03) are read as one); web11's overall bar is lower because its one school (a school's plan
 * naming itself 双语学校 without its place) is not found. web19 (page beginnings, no units or schools in its gold;
 * blind on 2026-11-27 at 0.876 by that morning's main, 0.896 by that day's final build) and web20 (local 清单, 分解表
 * and 意见 with clauses and wrapped unit cells; blind on 2026-11-27 at 0.721 by main c595cc0, later that day); web19
 * leaves out one file the parser refuses as no plan (a one-row page of label lines without a number), its gold list
 * shortened to match; web21 (province and city page
 * beginnings, a box-drawn assessment table, a page printing its lines twice; blind on 2026-11-27 at 0.949 by main
 * c595cc0, 0.953 by the build of that hour); web22 (a county's 民生实事 and 文旅 task tables a cell a line, a national
 * 工作要点 as a PDF page wrapped at its width, a collection's table of contents; blind the same day at 0.628 by main
 * c595cc0, 0.634 by the build of that hour, its co bar low because units a line apart in one cell (文化宣传股 / 文化馆 /
 * 图书馆) and glued ones (文化宣传股文化馆) are read short); web23 (northern and western city plans with clauses, a
 * 政府工作报告 分解 with comma-separated labels) and web24 (southern and eastern tables with 牵头单位 / 配合单位 columns, an
 * indicator table, a goals paragraph), blind the same day at 0.534 and 0.474 by main c595cc0 (0.537 and 0.474 by the
 * builds of that hour); web24 without the file refused as no plan (an assessment table whose header spans its
 * counties); web24's schools bar is low as four of its six schools are named short
 * (吉水二中, 城南二小, 城西高中, 县中心幼儿园).
 * web25 (blind, taken last: 0.744 by main c595cc0 and by the build it was measured on; 0.780 after three rules read
 * from it; its bars low, to be raised as its other misses are read) and web26 (education pages naming 52 schools; blind at
 * 0.641, 0.836 after two rules; without a news page refused as no plan).
 * web27 (the last blind set of that session, never read for a rule then: 0.752 by main c595cc0, 0.763 by that
 * session's final build; read in the next session, 0.939).
 * web28 to web41 (the session of 27 November after c4fcd3c, fourteen blind sets by evaluators who read no source; first
 * exposure by c4fcd3c / by the session's final build): web28 province and State Council page heads 0.857 / 0.933;
 * web30 tables from document-sharing sites with their cells run together 0.704 / 0.704; web31 county clauses 0.895 /
 * 0.972; web33 government-site tables and 政府工作报告 分解 0.785 / 0.946; web34 city 实施意见 with 〔〕 and [] clauses
 * 0.746 / 0.903; web35 registers, 主办/协办 lists, a month's work arrangement 0.790 / 0.844; web36 progress tables, a
 * glued table going on from a page before 0.444 / 0.847; web39 task and assessment tables with wrapped headers
 * 0.430 / 0.791: rules were read from these. web29 (city and county education), web32 (government-site plans cut in
 * their preambles), web37 (education news and lists), web38 (a mix of levels and shapes), web40 (clauses after
 * measures) and web41 (label lines and a table) were never read for a rule: 0.655 / 0.734, 0.728 / 0.728, 0.769 /
 * 0.794, 0.684 / 0.687, 0.722 / 0.775, 0.772 / 0.796 (the session's honest figures, mean 0.722 / 0.752). Files the parser
 * refuses as no plan are left out (web32 09, a Q&A page; web37 05, 06, 10, news; web38 02, an indicator table
 * without a task column; web39 05, an indicator table whose cells are printed a line each after a pipe), their gold
 * lists shortened to match. Their bars sit a little below the figures of the final build.
 * web42 to web45 (the session of 27 November afternoon, four blind sets; first exposure by main 2015dcc / by that
 * session's final build): web42 task-division and progress tables of districts 0.778 / 0.833 and web43 education plans
 * of cities, counties and towns 0.531 / 0.902 were read for rules first; web44 provincial and city 实施意见 and 行动计划
 * (0.843 blind) and web45 township, street and assessment rules (0.781 blind) after their blind figures were taken,
 * 0.951 and 0.922 by the session's final build (left out:
 * web42 06, a two-item fragment, and web45 02, an indicator table without a task column, both refused as no plan).
 * web46 to web49 (the same session, a second round of four blind sets; first exposure by main 2015dcc / by the
 * session's final build): web46 school boards' 工作要点 and school groups 0.869 / 0.879 and web47 northern and western
 * cities' plans 0.908 / 0.964 were read for rules; web48 task divisions of provinces and cities 0.804 / 0.807 and web49
 * county action plans with many targets 0.765 / 0.765 were never read for a rule (the session's honest figures).
 * web50 to web53 (the same session, a third round): web52 indicator tables and 十四五 plans 0.486 / 0.575 and web53
 * schools' own plans 0.459 / 0.665 were read for rules; web50 plans as PDF text 0.529 / 0.529 and web51 older plans
 * 0.934 / 0.925 were never read for a rule (web51 lost a little to rules read elsewhere; left as measured). web52's 09,
 * a ministry's indicator table refused as no plan, is left out.
 * web54 to web57 (a fourth round): web54 plans as PDF text, a gazette printed in two columns 0.718 / 0.738 and web56
 * central and southern counties' 实施方案 and 民生实事 0.813 / 0.854 were read for rules; web55 provincial plans as a law
 * database and PDF keep them 0.919 / 0.919 and web57 a coordinator's inbox of every level 0.741 / 0.741 were never read
 * for a rule. web54's 06, refused as no plan, is left out.
 * web58 to web67 but web60 (the session of 27 November afternoon after 545058d, whole plans from GitHub datasets
 * and page heads; first exposure by main 545058d / by that session's final build): web58 city and district plans with
 * annex task tables 0.636 / 0.892, web61 ministry indicator systems and a province's 十四五 plan 0.553 / 0.698 and
 * web63 a policy compilation, a 民生实事 vote and a pipe table 0.563 / 0.567 were read for rules (with web48, web49,
 * web50, web51, web55 and web57, never read before: 0.807 / 0.947, 0.765 / 0.941, 0.529 / 0.729, 0.925 / 0.946,
 * 0.919 / 0.956, 0.741 / 0.878); web59 national and provincial whole plans 0.943 / 0.943, web62 Shanghai plans with
 * task tables 0.747 / 0.791, web64 Shanghai fire, gas and park plans 0.858 / 0.853, web65 State Council opinions
 * 0.877 / 0.909, web66 Shanghai district plans of other fields 0.898 / 0.910 and web67 national plans with targets
 * 0.942 / 0.959 were never read for a rule (the session's honest figures); web62 (0.747 / 0.828) and web68 Shanghai
 * district plans with annex task lists (0.740 / 0.826) were read later in the session; web69 Shanghai city plans
 * (0.819 / 0.819), web70 Shanghai district development plans with goal tables (0.860 / 0.900) and web71 plans of
 * other provinces' cities (0.811 / 0.813), web72 Shanghai plans of other fields (0.948 / 0.948) and web73 page heads of
 * other provinces (0.679 / 0.679) came after the last rules (web69's errors were looked at last, and no rule came of
 * them). web64's figure after rules read from web68 (0.896) is not blind: its gold's
 * titles were seen while looking for a precedent. blind60 found no text. The bars sit a little below the figures of
 * that build.
 * <p>
 * web76 to web94 (27 November 2026, later; gold hashed before the first run, first exposure by main a0dbdff): web76
 * Shanghai district plans with annex duty lists (0.804), web77 page heads of 责任分解 tables (0.899), web78 education
 * page heads (0.596), web79 provincial and city action plans (0.891), web80 whole plans and page heads of other
 * provinces (0.647), web81 assessment tables (0.531), web82 Shanghai district plans (0.917), web83 Shanghai city
 * bureaus' plans (0.864), web84 national plans (0.985), web85 provincial and city plans (0.563, one digest the
 * parser refuses left out here), web86 Shanghai district plans (0.855), web87 Shanghai city plans (0.957), web88 a
 * county bureau's plan (0.944, one page head). web77, web79, web82, web84, web86, web87 and web88 were never read for
 * a rule, nor were web90 Shanghai plans with many targets (0.958), web93 provincial page heads (1.000, 7 tasks) and
 * web94 county page heads (0.500, 4 tasks; one digest the parser refuses left out here). web76, web78, web80, web81,
 * web83, web85, web92 Shanghai city plans (0.633), web89
 * Shanghai district fire and renewal plans (0.559, read: 0.840) and web91 Shanghai district plans (0.655) were
 * read (their rules: a merged group cell over numbered rows, a heading run on into its clause, the leader in charge
 * before the bodies, PDF letter spacing, glued issuers, a site's buttons and labels, a body's duties heading, a list
 * of projects with sub-rows, years under a group column).
 * <p>
 * web95 to web102 (27 November 2026, evening; gold hashed before the first run, first exposure by main d378afb):
 * web95 page heads of provincial and city task-division tables (0.895, 12 tasks), web96 county business-environment
 * measures (0.793, 10 tasks), web100 city 政府工作报告 task splits (0.960, 25 tasks) and web101 national plans (0.719,
 * 12 tasks) were never read for a rule; web97 assessment rules and work points (0.483), web98 a whole Shanghai city
 * bureau's guideline (0.735), web99 provincial plans (0.786) and web102 county bureaus' progress reports (0.483) were
 * read (their rules: ▲ marking a lead, an item's weight after its sentence, annex tables of 任务编号 | 分项任务 |
 * 工作任务 | 主要部门, indicator tables with notes columns and wrapped names, rows picked from a longer list, a progress
 * cell's items, a deadline year governing its paragraph). web17 and web38 lost targets when a figure in 万 of land or
 * mass (万亩, 万吨) came to be kept as printed, as most blind golds keep it: their target bars follow. web103 county
 * plans of industry, water, transport and commerce (0.905, 10 tasks), web104 bureaus' work plans (0.948, 27 tasks) and
 * web105 a town's 十四五 plan with its indicators (0.944, 2 tasks) were never read; web106 district 政府工作报告 splits
 * by the leader in charge (0.809, 43 tasks) was read (a group heading over the header printed again, a star marking
 * the lead, two bodies leading jointly before the others, a level's share column). web107 western provinces' plans
 * (0.742, 10 tasks; one digest the parser refuses left out here) and web109 health and civil-affairs plans (0.463, 14 tasks) were never read; web108 town and zone
 * plans (0.649, 27 tasks) was read (a 项目 column, ★ marking the lead, items numbered inside a group row). By the next
 * session's build web101 0.943 and web109 0.836 (its NEW call, 由县X局负责组织, taken).
 * <p>
 * web110 to web115 (27 November 2026, night; gold hashed before the first run, first exposure by main 41aaecd):
 * web111 task-division documents of central, northeast and western provinces (0.982, 22 tasks) and web115 provincial
 * division-of-work measures (0.907, 10 tasks) were never read for a rule; web110 education plans (0.890: a table of
 * contents the page ends in, a part that looks back), web112 inspection plans and assessment rules (0.422 with a table the parser refuses, left out here: 发起部门 /
 * 配合部门 / 检查主体 columns, an item's heading with its weight), web113 ecology and agriculture plans (0.895: a
 * government named after a committee) and web114 safety and urban-management plans (0.788: ≥ before a value) were read.
 * web116 county and district 政府工作报告 splits and 民生实事 (0.864, 25 tasks), web117 industry and digital-economy plans
 * (0.880, 19 tasks) and web118 housing and transport plans (0.969, page heads that end before any measure: metadata
 * and no invented task) were never read. web119 culture and tourism plans (0.942, 19 tasks) and web120 employment and
 * social-security plans (0.960, 10 tasks) were never read; web121 town plans (0.550) was read (a table without a column
 * of numbers: its rows are tasks that print none). web122 school-board and school plans (0.508, 13 tasks; four of them
 * a NEW call, parts with only 一是… beneath as tasks), web123 finance and statistics plans (0.781, 12 tasks) and web124
 * government-service plans (0.833, 3 tasks) were never read, and so were web125 eastern and southern provinces' plans
 * (0.650, 8 tasks), web126 county supervision notices (0.905, no task: metadata; a bulletin the parser refuses left out
 * here) and web127 development-zone plans (0.890, 5 tasks).
 * <p>
 * web128 to web134 (28 November 2026; first exposure by main 66328ac): web129 health plans (0.990, page heads with no
 * measure: metadata), web130 civil-affairs plans (1.000, 1 task) and web131 rule-of-law plans (0.951, 4 tasks) were
 * never read; web128 whole Shanghai district and town plans (0.821: task cells listing their items a line each, a lead
 * named in the measure's sentence), web132 energy and carbon plans (0.610: a clause the page's end cut, 分别 with a unit
 * a value), web133 whole Shanghai city plans (0.730: the subject that leads, 两轮 after a bound, 上海城市) and web134
 * whole Shanghai town plans (0.686: an assessment plan's articles over its table, groups weighted on a line of their
 * own) were read; web135 whole Shanghai district bureau plans (0.756, 20 tasks) was read for the subject that leads
 * (街道城运中心牵头将…); web137 whole Shanghai district plans scored 0.935 (53 tasks) before it
 * was read (a closing 配套措施 part).
 * <p>
 * web138 to web141 (28 November 2026, later; first exposure by main 9171f69): web138 whole Shanghai city plans (0.955,
 * 69 tasks) was never read; web141 Shanghai district subsidy policies (0.711: 支持范围和标准 holds the measures,
 * （执行单位：X）) and web140 Shanghai district plans (0.529: a page converted block by block whose task table prints
 * a cell over the lines of one block and its group in a group's first row only) were read; web139 Shanghai district
 * plans (0.456) was not read: it scored 0.729 with the rules written for web140, whose drainage-reform plan it shares
 * in another district's text.
 */
class LaterHeldOutScoreTest {

    /** Each set (src/test/resources/plans/FAMILY, gold FAMILY.gold.json) and its bars: overall, tasks, leads, co, targets. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "heldout3, 0.98, 0.98, 0.98, 0.96, 0.97",
        "heldout4, 0.96, 0.98, 0.98, 0.98, 0.97",
        "heldout5, 0.95, 0.98, 0.98, 0.96, 0.96",
        "heldout6, 0.94, 0.98, 0.93, 0.90, 0.88",
        "heldout7, 0.98, 0.99, 0.99, 0.99, 0.98",
        "heldout8, 0.98, 0.99, 0.97, 0.97, 0.98",
        "web9,     0.95, 0.95, 0.95, 0.90, 0.92",
        "web10,    0.96, 0.99, 0.97, 0.98, 0.96",
        "web11,    0.80, 0.95, 0.95, 0.97, 0.97",
        "web12,    0.94, 0.92, 0.92, 0.97, 0.86",
        "web13,    0.97, 0.93, 0.99, 0.99, 0.96",
        "web14,    0.97, 0.97, 0.98, 0.96, 0.96",
        "web15,    0.97, 0.97, 0.98, 0.98, 0.88",
        "web16,    0.89, 0.98, 0.98, 0.49, 0.93",
        "web17,    0.95, 0.90, 0.95, 0.97, 0.88",
        "web18,    0.80, 0.74, 0.66, 0.74, 0.81",
        "web19,    0.96, 0.99, 0.99, 0.99, 0.85",
        "web20,    0.94, 0.99, 0.99, 0.99, 0.94",
        "web21,    0.96, 0.93, 0.93, 0.99, 0.99",
        "web22,    0.90, 0.97, 0.90, 0.80, 0.92",
        "web23,    0.95, 0.94, 0.93, 0.99, 0.92",
        "web24,    0.83, 0.99, 0.96, 0.99, 0.78",
        "web25,    0.76, 0.80, 0.77, 0.78, 0.40",
        "web26,    0.81, 0.85, 0.99, 0.99, 0.89",
        "web27,    0.91, 0.96, 0.95, 0.96, 0.87",
        "web28,    0.91, 0.98, 0.91, 0.84, 0.96",
        "web29,    0.73, 0.87, 0.98, 0.98, 0.66",
        "web30,    0.68, 0.40, 0.64, 0.64, 0.98",
        "web31,    0.95, 0.98, 0.98, 0.98, 0.98",
        "web32,    0.88, 0.59, 0.98, 0.98, 0.98",
        "web33,    0.92, 0.96, 0.98, 0.98, 0.93",
        "web34,    0.88, 0.98, 0.74, 0.98, 0.70",
        "web35,    0.80, 0.95, 0.87, 0.87, 0.98",
        "web36,    0.71, 0.87, 0.86, 0.98, 0.95",
        "web37,    0.84, 0.83, 0.98, 0.98, 0.91",
        "web38,    0.81, 0.76, 0.94, 0.71, 0.74",
        "web39,    0.82, 0.70, 0.90, 0.92, 0.81",
        "web40,    0.81, 0.94, 0.95, 0.96, 0.78",
        "web41,    0.91, 0.91, 0.98, 0.98, 0.78",
        "web42,    0.87, 0.86, 0.89, 0.98, 0.95",
        "web43,    0.88, 0.92, 0.93, 0.98, 0.82",
        "web44,    0.93, 0.98, 0.95, 0.86, 0.93",
        "web45,    0.90, 0.86, 0.98, 0.98, 0.81",
        "web46,    0.86, 0.86, 0.98, 0.98, 0.98",
        "web47,    0.94, 0.98, 0.98, 0.95, 0.92",
        "web48,    0.92, 0.92, 0.98, 0.94, 0.88",
        "web49,    0.92, 0.88, 0.86, 0.98, 0.91",
        "web50,    0.70, 0.64, 0.84, 0.00, 0.85",
        "web51,    0.92, 0.96, 0.98, 0.98, 0.81",
        "web52,    0.74, 0.23, 0.98, 0.98, 0.45",
        "web53,    0.64, 0.78, 0.98, 0.00, 0.56",
        "web54,    0.90, 0.77, 0.98, 0.98, 0.88",
        "web55,    0.93, 0.98, 0.98, 0.97, 0.80",
        "web56,    0.83, 0.96, 0.93, 0.52, 0.82",
        "web57,    0.85, 0.91, 0.88, 0.98, 0.78",
        "web58,    0.88, 0.89, 0.95, 0.83, 0.87",
        "web59,    0.92, 0.90, 0.95, 0.94, 0.78",
        "web61,    0.85, 0.94, 0.98, 0.98, 0.52",
        "web62,    0.80, 0.84, 0.60, 0.63, 0.91",
        "web63,    0.54, 0.52, 0.00, 0.00, 0.98",
        "web64,    0.87, 0.95, 0.85, 0.90, 0.83",
        "web65,    0.88, 0.98, 0.93, 0.82, 0.78",
        "web66,    0.89, 0.95, 0.88, 0.81, 0.98",
        "web67,    0.93, 0.95, 0.98, 0.98, 0.76",
        "web68,    0.80, 0.84, 0.83, 0.85, 0.54",
        "web69,    0.79, 0.55, 0.68, 0.77, 0.82",
        "web70,    0.92, 0.81, 0.98, 0.98, 0.95",
        "web71,    0.79, 0.82, 0.69, 0.75, 0.78",
        "web72,    0.92, 0.96, 0.95, 0.96, 0.73",
        "web73,    0.72, 0.96, 0.92, 0.80, 0.88",
        "web76,    0.84, 0.85, 0.80, 0.79, 0.96",
        "web77,    0.87, 0.92, 0.95, 0.84, 0.92",
        "web78,    0.66, 0.73, 0.61, 0.00, 0.98",
        "web79,    0.87, 0.96, 0.87, 0.88, 0.83",
        "web80,    0.73, 0.84, 0.88, 0.86, 0.98",
        "web81,    0.52, 0.38, 0.18, 0.00, 0.88",
        "web82,    0.89, 0.94, 0.94, 0.93, 0.73",
        "web83,    0.92, 0.96, 0.95, 0.95, 0.83",
        "web84,    0.96, 0.94, 0.98, 0.98, 0.98",
        "web85,    0.87, 0.93, 0.98, 0.92, 0.57",
        "web86,    0.88, 0.76, 0.98, 0.98, 0.93",
        "web87,    0.95, 0.96, 0.96, 0.97, 0.98",
        "web88,    0.92, 0.98, 0.98, 0.98, 0.64",
        "web89,    0.85, 0.89, 0.64, 0.95, 0.88",
        "web90,    0.95, 0.92, 0.98, 0.98, 0.90",
        "web91,    0.82, 0.68, 0.98, 0.98, 0.63",
        "web92,    0.70, 0.61, 0.62, 0.62, 0.64",
        "web93,    0.98, 0.98, 0.98, 0.98, 0.98",
        "web94,    0.64, 0.00, 0.98, 0.98, 0.98",
        "web95,    0.87, 0.89, 0.95, 0.87, 0.81",
        "web96,    0.80, 0.51, 0.64, 0.89, 0.98",
        "web97,    0.83, 0.68, 0.76, 0.95, 0.78",
        "web98,    0.93, 0.98, 0.89, 0.94, 0.85",
        "web99,    0.93, 0.98, 0.98, 0.98, 0.98",
        "web100,   0.94, 0.94, 0.95, 0.89, 0.98",
        "web101,   0.92, 0.89, 0.94, 0.98, 0.98",
        "web102,   0.65, 0.57, 0.62, 0.00, 0.98",
        "web103,   0.92, 0.98, 0.98, 0.85, 0.88",
        "web104,   0.92, 0.90, 0.98, 0.98, 0.86",
        "web105,   0.92, 0.98, 0.98, 0.98, 0.98",
        "web106,   0.88, 0.95, 0.96, 0.88, 0.84",
        "web107,   0.82, 0.98, 0.72, 0.90, 0.73",
        "web108,   0.85, 0.92, 0.98, 0.98, 0.90",
        "web109,   0.81, 0.98, 0.98, 0.98, 0.55",
        "web110,   0.96, 0.98, 0.98, 0.98, 0.98",
        "web111,   0.96, 0.96, 0.98, 0.98, 0.96",
        "web112,   0.77, 0.71, 0.81, 0.51, 0.98",
        "web113,   0.91, 0.95, 0.98, 0.91, 0.96",
        "web114,   0.81, 0.98, 0.31, 0.98, 0.98",
        "web115,   0.89, 0.93, 0.81, 0.77, 0.85",
        "web116,   0.86, 0.92, 0.85, 0.81, 0.85",
        "web117,   0.91, 0.90, 0.98, 0.80, 0.92",
        "web118,   0.95, 0.98, 0.98, 0.98, 0.98",
        "web119,   0.92, 0.81, 0.98, 0.98, 0.89",
        "web120,   0.94, 0.98, 0.98, 0.98, 0.85",
        "web121,   0.88, 0.98, 0.94, 0.65, 0.98",
        "web122,   0.53, 0.48, 0.00, 0.00, 0.98",
        "web123,   0.76, 0.80, 0.00, 0.98, 0.98",
        "web124,   0.81, 0.98, 0.98, 0.98, 0.00",
        "web125,   0.63, 0.75, 0.65, 0.51, 0.00",
        "web126,   0.90, 0.98, 0.98, 0.98, 0.98",
        "web127,   0.87, 0.98, 0.98, 0.98, 0.59",
        "web128,   0.90, 0.76, 0.98, 0.98, 0.98",
        "web129,   0.97, 0.98, 0.98, 0.98, 0.98",
        "web130,   0.98, 0.98, 0.98, 0.98, 0.98",
        "web131,   0.93, 0.87, 0.98, 0.98, 0.98",
        "web132,   0.96, 0.98, 0.98, 0.98, 0.98",
        "web133,   0.85, 0.98, 0.38, 0.98, 0.98",
        "web134,   0.71, 0.66, 0.00, 0.98, 0.98",
        "web135,   0.85, 0.52, 0.65, 0.98, 0.98",
        "web137,   0.92, 0.90, 0.84, 0.98, 0.98",
        "web138,   0.93, 0.94, 0.94, 0.98, 0.78",
        "web139,   0.71, 0.95, 0.58, 0.90, 0.00",
        "web140,   0.71, 0.94, 0.44, 0.69, 0.58",
        "web141,   0.94, 0.98, 0.98, 0.98, 0.98",
    })
    void setScoresAtLeastItsBars(String family, double overall, double tasks, double leads, double co, double targets)
            throws Exception {
        new PlanFamiliesScoreTest().scoresAtLeastItsBar(family, "src/test/resources/plans/" + family,
                "src/test/resources/plans/" + family + ".gold.json", overall, tasks, leads, co, targets);
    }
}
