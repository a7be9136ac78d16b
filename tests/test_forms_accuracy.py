"""The measurer against the labelled corpus (tests/forms/): the spec's accuracy targets.

Every target is asserted. On 33 documents (the second held-out set of six, labelled
blind, included) each was met; the third held-out set (41 documents, 8 more labelled
blind) left two unmet until general fixes met them again on all 41; the fourth held-out set
(49 documents, 8 more labelled blind and kept back from all tuning until measured) left four
unmet until general fixes met them on all 49; the fifth (57 documents, 8 more, kept back and
landed as measured, with no fix made for it) left three unmet; the seventh (65 documents, 8
more labelled blind, landed as measured) left three unmet, and the sixth (73 documents, 8 more,
landed as measured) left four, until general fixes met them all on 73; the eighth and ninth
(89 documents, 16 more labelled blind, kept back from all tuning and landed as measured) leave
the attachment count and the tolerance unmet (a target not met is a strict xfail that says so,
in UNMET or FAR; when it is met again, drop the mark). Each count also has a
floor at today's figure, so accuracy cannot silently fall below what it is (when the corpus
grows, the floors are re-measured). bench/forms.py prints every miss."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import load_bench
from run_shared import once, run_folder

_forms = load_bench("forms")
COUNTS, FOLDER, Score, score = _forms.COUNTS, _forms.FOLDER, _forms.Score, _forms.score
TRUTHS = sorted(FOLDER.glob("*.truth.yaml"))
# The corpus is measured in parts, each a test of its own, so that xdist spreads the measuring
# over its workers (measured whole, it was one test of 45 s on one worker, often the run's last)
PARTS = 32

# Today's figures (exact-match share of the corpus); the spec's target is 0.9 for each.
# On 27 documents (19, then 8 held out and labelled blind), every count was exact; the
# second held-out set (33 documents, 6 more labelled blind) lowered them from 1.0, and general
# fixes found on its misses (site chrome, "X only:", yes/no prompts, Word lists, wrapped
# bullets) brought them back to 1.0 on all 33. The third held-out set (41 documents, 8 more
# labelled blind, before any fix) lowered them (attachments 34/41, accounts 38/41); general fixes
# found on its misses (conditions after a document or in a definition list's description, a
# "When" column, accounts levels stated a sentence later, fixed-width tables and answer markers
# in plain text, Markdown's hard line breaks and empty grid-table boxes, Word's content controls,
# guidance that only describes a form's questions, a form builder's hints and counters read with
# their box) brought them back to 1.0 on all 41. The fourth held-out set (49 documents, 8 more
# labelled blind, measured before any fix: questions 3/8, word limit 3/8, attachments 2/8,
# accounts 6/8 of its own) lowered them; the first fixes for its causes (abbreviated limits,
# counters opening with their limit, limits given by question number to prompts with no drawn
# space, conditions in brackets and "if" clauses, an email's quoted message, an upload's help
# opening with a condition, "items over £250") raised them again. The fifth held-out set (57
# documents, 8 more labelled blind, landed as measured: questions 2/8, word limit 4/8,
# attachments 1/8, accounts 7/8 of its own) lowered them to today's figures; general fixes to
# questions and limits (page furniture in exported text, limits in prose that bound nothing, a
# continuation box, sums and wards as fields, Welsh half pages) raised questions to 53 and word
# limit to 55. The seventh held-out set (65 documents, 8 more labelled blind, landed as measured:
# questions 1/8, word limit 1/8, attachments 2/8, accounts 6/8 of its own) lowered them, and the
# sixth (73 documents, 8 more labelled blind, landed as measured: questions 2/8, word limit 3/8,
# attachments 2/8, accounts 6/8 of its own) lowered them; general fixes to attachments (a
# checklist to tick that repeats the form, a "who" column or line naming every applicant or only
# some, wrapped lines of exported text, "- for projects ...", a sum only some purchases reach)
# raised attachments to 58; guidance listing a portal's questions and a form builder's ARIA
# widgets raised questions to 58 and word limit to 60; a page whose body's class names a
# toolbar, a form builder's word counter, a bilingual form's twin prompts, limits in a scoring
# table for questions asked again below it and Word's tracked insertions raised them to 61 and
# 63 (accounts 69, the Webform page now read at all); uploads described in text (a screen
# reader's "Button, Choose file. Required.", a form builder's "Add file"), fixed-width checklists
# with typed tick boxes, numbered section titles and brackets naming who raised attachments and
# accounts to the figures below; questions a guidance lists after saying they are another
# form's, and numbered sections of notes, raised questions to 64 and word limit to 66.
# A screen reader's text version read as controls: questions 65, word limit 67; an online
# system's print preview (answer kinds, box sizes, empty uploads) and a few characters read as
# one value's size: see the figures below. Saved web forms read as form builders write them
# (upload buttons, help under a control, spam traps, a name or address in parts, a roomy box
# under a "how many" question): questions 67, word limit 69, attachments 65. A two-column table
# form as pdftotext -layout prints it: questions 68, word limit 70; a form saved from a word
# processor as a web page (its empty cells are answer spaces, an office-use title over its
# table, a checklist column headed "Y"): questions 69. A bilingual page's translation (lang="cy"
# beside the page's English) read once: attachments 66, the 90% target met.
# A Word form of headings over bordered paragraphs, a limit in a footnote: questions 70, word
# limit 71.
# (attachments 67 once a part of a form only some applicants fill in made its documents
# conditional); a heading's limit for the question under it and a yes/no question naming
# something "set out": questions 71 and word limit 72, and no miss outside the tolerance.
# Bold titles on fillable pages heading the documents under them: attachments 69. An Easy Read
# form's drawn text boxes and "Write or draw your answer here" cells: questions 72.
# The eighth and ninth held-out sets (89 documents, 16 more labelled blind, kept back from all
# tuning and landed as measured: questions 10/16, word limit 11/16, attachments 9/16, accounts
# 11/16 of their own; the session-start measurer scored 8, 10, 8 and 11 of 16 on them) set
# today's figures; a blog's comment form under the page read as site chrome, and a platform's
# default length (65,535 characters) as no limit: questions 83, word limit 84; a newsletter
# or guidance telling what the online form asks ("You'll be asked for ...", "Apply on our
# online form ... It has nine questions"): questions 85, word limit 86.
# The eleventh held-out set (97 documents, 8 more labelled blind, landed as measured:
# questions 2/8, word limit 4/8, attachments 3/8, accounts 8/8 of its own) and the tenth (105,
# questions 4/8, word limit 5/8, attachments 3/8, accounts 7/8) set today's figures; a Word
# box's counter under it ("Word count: 0/300") and an Easy Read form's notes between a question
# and its box (accq s7): questions 93, word limit 96. A Markdown page's raw HTML tables read as
# tables, a documents table's row as one document, accounts a funder does not ask for (accr
# s7): attachments 89, accounts 101; uploads named by aria-labelledby and shown only after an
# answer (html s7), sentences opening with who they are for and alternatives in brackets (accr
# s7): attachments 93; a documentation site's definition lists read term with definition
# (html s7): 94.
# A template's placeholders ("[Insert text here]") read as its answer spaces, and a numbered
# paragraph of rules about limits read as asking nothing (accq s7): questions 96, word limit 99
# (with the accr s7 fixes).
# An empty box's words ("Your answer", "Click or tap here to enter text.") read as the box, and
# a printed online form's cards (accl s7): questions 97, attachments 95. A 'Who' cell's own word
# for every applicant, an item's note sentence, each insurance cover its own certificate,
# footnotes, confirmations and a checklist's lead-in prose (accr s7): attachments 98, accounts
# 102.
# A numbered list answered in a reply counting its unlimited items, a tip bulleted under a
# question read with it, a spreadsheet's row numbers never prompts (accq s7): questions 99,
# word limit 100; limits in characters summed before rounding (accq s7): word limit 101; 102
# with the OCR text read (accl s7).
# The twelfth and thirteenth held-out sets (121 documents, 16 more labelled blind and kept back
# from all tuning, landed as measured at 888be21: questions 9/16, word limit 8/16, attachments
# 4/16, accounts 13/16 of their own; the session-start measurer scored 10, 10, 1 and 12 of 16
# on them) set today's figures. A box's own words giving room for prose, a tick box's words
# after it (accq s7): questions 111, word limit 110; a Word question's tall cell, ruled lines
# drawn with a tab leader, a grid's empty corner (accq s7): questions 112, word limit 113; a
# briefing naming the grants portal listing the portal's questions (accq s7): 113, 114.
# Sets 14 and 15 (137 documents, 16 more labelled blind, landed for tuning in session 8 as
# measured at dc67624: questions 12/16, word limit 10/16, attachments 11/16, accounts 15/16 of
# their own) set today's figures.
FLOORS = {
    # 100 of 105 with a scanned form's OCR text read; on 121, +2 once a Word form saved as text
    # read a control's prompt in a cell as its box, and ligatures and "set aside" (accl s7)
    # 115 once a briefing naming the grants portal was read (accq s7); 127 of 137 (sets 14, 15)
    # 128 once Word's boxes outside tables were read (content controls, legacy fields; accq s8)
    # 129 once an inline hint or counter named by aria-describedby was the box's (accl s8)
    # 130 once a question quoted in guidance's sentence was not asked (accq s8)
    # 131 once a Markdown template's placeholder line ("_Answer here_") was its box (accw s8)
    # 132: a label that names a value and asks for words besides, an e-mail's "->" blanks
    # 133 once a fillable page's box was read after the label beside it (accl s8)
    # 142 of 153 with sets 16 and 17 (kept back, measured once at 3753a8b: 9 of their 16)
    # 143: a decimal-numbered run keeps its unlimited question (accq s8)
    # 144: a form boxed in characters (accl s8)
    # 145: a Markdown footnote read at its mark, an empty fenced block a box (accw s8)
    # 156 of 169 with sets 18 and 19 (11 of their 16, as found at 3dd3066)
    # 160: a question and a number in one box, a question then its guidance, a list of
    # question numbers' limits (accq s9)
    # 161: a limit told in passing in news, on a page with nowhere to write (accw s9)
    # 163: a portal's export of its questions read as the form, its answer types its boxes
    # 164: a part's title asks nothing, whatever its words: a margin's limit under it is the
    # next question's (accq s9)
    # 175 of 185 with sets 20 and 21 (kept back, measured once at 31be75f: 11 of their 16)
    # 211 / 225 with sets 23 to 26, kept back (23 of their 32, as at the session start)
    # was 188 / 193; 175 / 185 with sets 20 and 21; set 22: 7 of 8 as found
    # 221 / 241 with sets 27 and 29 (10 of their 16 as found at f9480f0, session 11)
    # 223 / 241: a form posting to ".../respond" is read, not dropped as a comment form (acc11c)
    # 224: a grid of short entries is one field, whatever the instruction over it (acc11a)
    # 225: an export's items typed as "Type: Long text (max 400 words)" are its questions (acc11a)
    # 227: a prompt beside its translation, or a form given whole in two languages, counts once;
    # a short numbered label beside its box is a value; a printed question saying it has no
    # limit is a question (acc11a)
    # 241 / 257 with sets 28 and 30, kept back (14 of their 16 at the end of session 11;
    # 13 at its start)
    # 243: a question saying it has no limit, in a note under a numbered heading ("Limit:
    # none") or in its row's limit cell over an empty answer row ("No limit") (acc12a)
    # 250 / 273 with sets 31 and 33 (9 of their 16 as found at cdfa900, session 12); 252 with
    # acc12a's 243
    # 255: "How many ...?" asks for a number however long; a yes/no question whose follow-up
    # asks for words ("If so, how?", "If so, who are they?") is a question (acc12a)
    # 256: a question's reference line ("3.1 Weighting: 30% Maximum 3,000 characters") over
    # its words is its title; a modal over the page is not the form (acc12a)
    # 257: an answer sheet of question numbers beside empty boxes answers a table of
    # questions with their limits elsewhere ("No. | Question | Limit") (acc12a)
    # 258: a form builder's hidden box labelled "Do Not Fill This Out" is a trap (acc12a)
    # 259: a web box's description whose last sentence is its limit, or says the box's limit
    # again, is the box's (acc12a)
    # 260: "If yes, which one" beside its box names a value (acc12a)
    # 262: guidance describing a stage's short online form and its limits asks none (acc12a)
    # 263: "say what", "say how", "say why" ask for words, as "tell us" does (acc12a)
    # 266: a numbered document to send with its length is no question; a blank between two
    # unlike rules (a digest's separators) is no box; a label ending in the amounts it asks
    # for is a field (acc12d)
    # 288 / 305 with sets 32, 34, 35 and 36 kept back (20 of their 32 at the start of session
    # 12, 22 at its end)
    # 289: a box labelled only "Your answer" answers the prompt above it; a labelled group's
    # tick boxes, or its table of boxes, are one field (acc13a)
    # 306 / 329 with sets 37, 39 and 41 (17 of their 24 as found at 61dc672, session 13)
    # 307: an answer typed "Text" alone is a question when the limit with it holds prose (acc13c)
    # 308: a table of questions answered on separate sheets ("Ref | Question | Max pages") is
    # the questions, each row's reference opening its question (acc13c)
    # 309: a text PDF's table read a cell a line has its rows back; a form answered on separate
    # sheets asks its own questions, whatever portal it names (acc13c)
    # 311: a Word table's cell merged down rows is read once, one box (acc13c)
    # 314 (acc13a): a line in another script under its twin is that prompt; a note beside a
    # limited question in its row is none; a fillable form's read-only boxes are its words; a
    # form in a Markdown page's front matter is read; a reference alone on its line opens the
    # next item
    # 315: a box holding only "Type your response in this box" answers the prompt above (acc13c)
    # 330 / 353 with sets 38, 40 and 42, kept back (15 of their 24 at the start, the middle
    # and the end of session 13)
    # 331: a box with rounded corners drawn on a text PDF is room to write (acc14a)
    # 332: a page of design-system macro calls (GOV.UK Frontend's Nunjucks) is the form they
    # draw (acc14a)
    # 348 / 377 with sets 43, 45 and 47 (17 of their 24 as found at a141f72, session 14); 349
    # with acc14a's macro pages
    # 350: a grants database's export of a form as records of settings is the form (acc14c)
    # 351: on a fillable page in two columns, a line holding another box's label (its
    # question, read level with this column's label) is that box's prompt, not this one's
    # (acc14a)
    # 352: a text PDF's line ending a question it does not open ("Support team and partners?"
    # under "... the council's Household") is the question's end, however short the line before
    # (acc14a)
    # 353: points listed under "Your response should cover:" are the prompt's, even those
    # worded as questions (acc14a)
    # 354: a site's answer-box tags are boxes, with the limits its front matter gives; 355: a
    # grid whose only words below its headings are a total row is a grid; 356: a grid's
    # headings inside a form that is one table head values (acc14c)
    # 381 / 409 with sets 44, 46, 48 and 49 kept back (25 of their 32 at the start and the end)
    # 389 of 417 with set 50 (typical, as found at fb2a66a, session 15)
    # 396 of 425 with set 52 (typical, as found at fb2a66a)
    # 398: a numbered question's hint paragraph is the question's; options to strike out ("delete
    # the ones that do not apply: a / b / c") are a choice (acc15c; set 52's Fennelby with them)
    # 401: a "Why we ask" column's note beside its question in its row is the question's, a
    # contents entry ("2. What we will fund ........ 3") asks nothing, and the funder's sentence
    # about itself ("We will tell you our decision ...") over a rule asks nothing (acc15b)
    # 402: "Type YES to confirm ..." names its answer, a field (acc15b)
    # 403: a fixed-width grid drawn in dashes is a grid titled by the question over it (acc15b)
    # 405: a short question naming a place, a length of time or a frequency ("Which ward is
    # your project in?", "How long has the group been running?") is a field (acc15b)
    # 406: "of which places for children with SEND", part of the number above, is a field
    # (acc15b)
    # 449 of 473 with sets 51 and 53 to 57 (typical, kept back all session 15)
    # 451: guidance naming the separate form it quotes ("Fill in Document 2, the Response
    # Form, in Word. It asks ...", "The form has five sections") counts none (acc16b)
    # 452: a title line naming a tender's reference ("MS1"), weighting and limit over the
    # question's own words gives the question its limit (acc16b)
    # 453: words a Word form strikes through are deleted, a question struck out whole gone
    # (acc16b)
    # 454: a yes/no question after its condition ("If yes, will everyone ... have a DBS
    # check?") is a field (acc16b)
    # 455: a letter asked for with its limit ("Please write to us covering the following
    # points ... in a letter of no more than two sides of A4:") is one question (acc16b)
    # 456: a value asked in two languages, each half with its note in brackets ("Swm y grant
    # (£)" over "Amount of grant (£)"), is as long as one half: a field (acc16b)
    # 458: an item of a list of documents that opens by naming one ("c. written permission
    # from the landowner", "(c) Your ... insurance certificate") over blank lines or a drawn
    # box asks for the document, not words (acc16b)
    # 460: a summary asked for ("Project summary for our website", "Project Summary (Max
    # 1,000 characters)") asks for prose in the applicant's own words (acc16b)
    # 494 of 513 with sets 58 to 62 (typical, kept back all session 16: 34 of their 40 at its
    # start, middle and end); 495 once a grid table indented under its question was read as a
    # table, not a form in two columns (lead, after the end of session 16: hallowstead)
    # 496: a question over a blank line and ruled lines, in a plain-text form whose sums are
    # set out in columns, has those lines for its box, not a one-line value's blank (acc17c)
    # 497: a page printed in two columns side by side (pdftotext -layout of a leaflet form) read
    # column by column, a question wrapped in its narrow column one question (acc17c)
    # 552 / 577 with sets 63 to 70 (typical, kept back all session 17: 55 of their 64 at its
    # start and end)
    # 559: a value's label that does not ask (no "?", no instruction, no limit) beside its box
    # or ending in a colon over it is a field, however long and whatever its number (acc18c)
    # 561: a cell with no words ("£ ________" in a plain-text costs table) is no prompt (acc18c)
    # 564: a "?" asking one date, place or body ("When did your group start?", "Where will the
    # event take place?") is a field; guidance listing a crowdfunding platform's questions
    # ("the platform shows you five extra questions ... You answer them online") counts none
    # (acc18c)
    # 565: "Provide a mobilisation plan ..." instructs to write, not the table of its weighting
    # and limit above it; "3.2 Aims and objectives of the project" asks as "Describe" does
    # (acc18c, review18 F7)
    # 626 / 641 with sets 71 to 78 (typical, kept back all session 18: 61 of their 64 at its
    # start and end, 62 at its middle)
    # 627: a follow-up whose condition names the question it follows ("If you answered YES to
    # question 15, please explain ...") is a question, not a note on question 15 (acc19c)
    # 687 / 705 with sets 79 to 86 (typical, kept back all session 19: 60 of their 64 at its
    # start, middle and end)
    # 692: an item whose words, number aside, neither ask nor instruct, over one line or
    # beside its box in a table row ("2. Sport ____", "2.3 Location | [box]"), is a value
    # (acc20c)
    # 693: a Markdown italic note closing a line ("Yes / No *(delete as appropriate)*") is no
    # required mark making the line a card title over the next question's box (acc20c)
    # 694: a budget's prompt over a free-text box of its own (a textarea, ruled lines) is a
    # question, as the rulebook says; over a grid it is still one field (acc20c)
    # 695: "Where in the parish will the project take place?" over one line names a place: a
    # field (vocabulary, acc20c)
    # 757 / 769 with sets 87 to 94 (typical, kept back all session 20: 64 of their 64 throughout)
    # 819 / 833 with sets 95 to 102 (typical, kept back all session 21: 62 of their 64 throughout)
    # 877 / 897 with sets 103 to 110 (typical, kept back all session 22: 58 of their 64 throughout)
    # 882 / 897: a text PDF's drawn writing lines and labels' answer rules (session 23, lead)
    # 946 / 961 with sets 111 to 118 (typical, kept back all session 23: 63 of their 64 as found,
    # 64 at its middle and its end)
    # 947: a guide's table of a site form's or a crowdfunding page's parts with their lengths,
    # written elsewhere, asks none (acc24c)
    # 950: a place asked for with the funder's name for it after "which" ("Which Thistlebrook
    # estate ...?"), and a value's label in two scripts (English over Ukrainian), are fields
    # (acc24c)
    # 952: a guide's table whose only blanks are notes not written (a documents table's empty
    # Notes cells, two lists side by side, one running out) has nowhere to write (acc24c)
    # 1045 / 1057 with sets 119 to 130 (typical, written in session 24: 119 to 126 kept back all
    # session, 127 to 130 a development set seen as totals only; questions on the 64 kept back 61 of
    # 64 as found and at the end)
    # 1136 / 1153 with sets 131 to 142 (typical, written in session 25: 131 to 138 kept back all
    # session, 139 to 142 a development set seen as totals only; questions on the 64 kept back 59 of
    # 64 as found and at the middle, 60 at the end after a lead fix made on two of them)
    # 1237 / 1249 with sets 143 to 154 (typical, written in session 26: 143 to 150 kept back all
    # session, 151 to 154 a development set)
    "questions": 1237 / 1249,
    # 183: a forwarded email's quoted original is the form, blank lines left to write (acc10c)
    # 185: a Word table's notes beside the box under its question are the question's (acc s10)
    # 186: an easy-read Word form's margin of pictures is no box, a box inside a cell is (acc s10)
    # 187: a prompt naming its own answer ("...? Yes / No", "Type one of") is a field (accq s10)
    # 188: a text PDF's box under a margin-numbered question follows the question (acc s10)
    # 117 of 121 once a text PDF's footnotes were read at their marks; 130 of 137 once a
    # section's shared limit, a "Word limit" column's bare numbers and "½ page" were read
    # 133 once form builders' counters (data-limit, type="Words") were read (accl s8); 134
    # once a question quoted in guidance's sentence was not asked (accq s8); 135 once a label
    # wrapped beside its tall box was one prompt (accl s8)
    # 144: a limit for each answer of a part (accq s8)
    # with sets 16 and 17 (8 of their 16); 145 (accl s8); 146 (accw)
    # with sets 18 and 19 (7 of their 16, as found): 153; 155 once one-line boxes on a fillable
    # page's printed lines were one answer space, a box's shown "(Max 100 words)" its limit
    # 161: a question saying "No length limit" under a section default, a notes column (accq s9)
    # 162: a limit told in passing in news, on a page with nowhere to write (accw s9)
    # 164: a portal's export of its questions (accq s9)
    # 165: a text PDF's empty answer cells beside questions wrapped in theirs (accl s9)
    # 166: a fillable table's boxes read between its rows are in it: its limit column is
    # theirs, not a table of limits for questions asked elsewhere (accl s9)
    # 167: a Word table's "Office use" column is the council's, not an office box (accq s9)
    # 215 / 225 with sets 23 to 26 (25 of their 32, as at the start)
    # was 190 / 193; 180 / 185 with sets 20 and 21 (13 of 16); set 22: 8 of 8
    # 227 / 241 with sets 27 and 29 (12 of their 16 as found)
    # 229 / 241: a form posting to ".../respond" is read, not dropped as a comment form (acc11c)
    # 230: ruled lines under a question laid out in two columns are its box (acc11a)
    # 231: an export's "Type:" lines read as answer types (acc11a)
    # 235: a blank counter or a note opening with the limit under the box is its limit; help
    # repeating a counted box's limit is no question; two languages count once (acc11a)
    # 236: a blank between two rules of dashes is a box drawn in text (acc11a)
    # 247 / 257 with sets 28 and 30, kept back (11 of their 16, as at the start)
    # 248: each question in its own "Question | Guidance" table, answered under a line naming
    # it ("Your answer (2.1):"), is a question, not a table of limits (acc12a)
    # 257 / 273 with sets 31 and 33 (9 of their 16 as found at cdfa900)
    # 258: an answer sheet of question numbers answers a table of questions and limits (acc12a)
    # 259: a title row's weighting with its figure ("Weighting: 25%") is no share to fill in;
    # a web box's description ending with its limit in brackets is the box's (acc12a)
    # 260: a limit Word prints in the margin beside its question (a framed paragraph at the
    # right edge, kept before the question in the file) is read beside it (acc12a)
    # 261: a web box's description ending with its limit as a sentence (acc12a)
    # 263: guidance describing a stage's short online form and its limits asks none (acc12a)
    # 266: a document's length in a list of documents is no question's limit; Wufoo's range
    # counter under its box is the box's limit; a counter under a box whose own limit is known
    # is read with that box (acc12d)
    # 292 / 305 with sets 32, 34, 35 and 36 kept back (26 of their 32 at the start, 26 at the end)
    # 312 / 329 with sets 37, 39 and 41 (20 of their 24 as found at 61dc672)
    # 313: an answer typed "Text" alone takes the limit written with it (acc13c)
    # 314: a limit column's "0.5" (pages) is a limit (acc13c)
    # 315: a text PDF's "Max pages" column read a cell a line is its rows' limits (acc13c)
    # 317: parts sharing a Word cell merged down their rows share its one limit (acc13c)
    # 322 (acc13a): questions' causes; a box drawn in a text file is a grid table; a page-feedback
    # widget written out is chrome; lettered points under a limited statement are its points
    # 341 / 353 with sets 38, 40 and 42, kept back (19 of their 24 throughout session 13)
    # 342: a box with rounded corners drawn on a text PDF is room to write (acc14a)
    # 343: a page of design-system macro calls is the form they draw (acc14a)
    # 361 / 377 with sets 43, 45 and 47 (19 of their 24 as found at a141f72); 362 with acc14a's
    # macro pages
    # 363: a grants database's export of a form as records of settings is the form (acc14c)
    # 364: a fillable page in two columns pairs each box with its own label (acc14a)
    # 365: a text PDF's question wrapped before a capital is one question (acc14a)
    # 366: points listed under "Your response should cover:" are the prompt's (acc14a)
    # 367: "1 side of A4 for (a) and (b) together" is shared by those parts alone (acc14a)
    # 368: a site's answer-box tags are boxes, with the limits its front matter gives; 369:
    # "showing every question on one page" is where a form shows them, no limit; 370: a limit
    # in an empty box's prompt (a Word control's, a web form's placeholder) is its (acc14c)
    # 398 / 409 with sets 44, 46, 48 and 49 kept back (28 of their 32 at the start and the end)
    # 406 of 417 with set 50 (typical, as found at fb2a66a, session 15)
    # 414 of 425 with set 52 (typical, as found at fb2a66a)
    # 459 of 473 with sets 51 and 53 to 57 (typical, kept back all session 15)
    # 461: guidance naming the separate form whose limits it quotes has none (acc16b)
    # 462: a title line "MS1 ... Word limit: 750 words" over its question is its limit (acc16b)
    # 463: a struck-through limit is deleted ("(~~750~~ 600 words)" is 600) (acc16b)
    # 464: a counter saved after a box with no maxlength ("0 / 600", Vuetify's v-counter, outside
    # the label's wrapper) states its limit in characters (acc16b)
    # 465: the letter's limit, wrapped onto a line of its own ("two sides" / "of A4:") (acc16b)
    # 467: the summaries' limits (acc16b)
    # 504 of 513 with sets 58 to 62 (typical, kept back all session 16: 37 of their 40 throughout)
    # 505: the same grid table (lead, hallowstead)
    # 506: the same ruled lines after a blank under a question (acc17c)
    # 507: a question table's title row, the reference alone in its first cell ("B1 | Service
    # delivery | Weighting: 25% | Max 600 words"), gives the question under it its limit (acc17c)
    # 508: the same two-column page: the wrapped question's limit (acc17c)
    # 509: a fillable page in two columns of fields, each with its labels, read column by
    # column: a question's limit printed in its label is its box's (acc17c)
    # 572 / 577 with sets 63 to 70 (typical, kept back: 63 of their 64 at start and end)
    # 573: guidance listing a platform's questions with their limits sums none (acc18c)
    # 574: that "Provide a ..." question's limit from the tender's summary table (acc18c)
    # 637 / 641 with sets 71 to 78 (typical, kept back all session 18: 63 of their 64 throughout)
    # 638: that follow-up's own limit (acc19c)
    # 639: a PDF sidebar's question read whole, its "?" before its "(100 words)" (acc19c)
    # 703 / 705 with sets 79 to 86 (typical, kept back all session 19: 64 of their 64 throughout)
    # 767 / 769 with sets 87 to 94 (typical, kept back all session 20: 64 of their 64 throughout)
    # 831 / 833 with sets 95 to 102 (typical, kept back all session 21: 64 of their 64 throughout)
    # 894 / 897 with sets 103 to 110 (typical, kept back all session 22: 63 of their 64 throughout)
    # 958 / 961 with sets 111 to 118 (typical, kept back all session 23: 64 of their 64 throughout)
    # 959: a guide's table of parts written elsewhere gives no limit (acc24c)
    # 1055 / 1057 with sets 119 to 130 (typical, written in session 24: 119 to 126 kept back all
    # session, 127 to 130 a development set seen as totals only; word limit on the 64 kept back 64
    # throughout)
    # 1149 / 1153 with sets 131 to 142 (typical, written in session 25: 131 to 138 kept back all
    # session, 139 to 142 a development set seen as totals only; word limit on the 64 kept back 60,
    # 60 and 62, the last after a lead fix made on two of them)
    # 1244 / 1249 with sets 143 to 154 (session 26)
    "word_limit": 1244 / 1249,
    # 189: an answer label under each item ("Response:") is somewhere to write (acc s10)
    # 190: a forwarded email's quoted original is the form (acc10c)
    # 104 with the accr s7 fixes after sets 12 and 13; 105 (html s7); 118 of 137: excused
    # applicants, income bands, a tick box before each line (accr s8)
    # 121: builders' sub-labels as help, hidden single uploads, a sheet printed to PDF; 122 with
    # a table drawn on a fillable PDF page read by its columns (accl s8)
    # 127: a refusal's "unless", an annual report and accounts, a clause after an item's name,
    # a band below (accr s8): the 90% target met
    # 128: prose asking for what follows opens a list; 129: a who-cell's first clause, and a
    # Word table saved as text with a tick column read as a table (accr s8, accl8's patch)
    # with sets 16 and 17 (9 of their 16): 138; 139 with a policies table by lot (accr s8)
    # 140: a Markdown table's tick cells kept a row (accw s8)
    # with sets 18 and 19 (6 of their 16, as found): 146; 147: paragraphs run in with a label
    # under a documents heading are its items (accr s9)
    # 148: a folded part stating a case, an optional upload's help (accw s9)
    # 150: a heading naming some applicants ("If you are a CIO", "### If ...") limits its
    # section, "Everyone" under a list's heading keeps the list (accr s9)
    # 153: a 'Required?' cell or line saying "No" asks for nothing, documents offered ("You may
    # also send") or asked after the decision are not asked, a tick box drawn as a glyph before
    # a line makes it the list's item (accr s9): the 90% target met again on 169
    # 154: an upload in a documents table's row keeps what its row names (accr s9)
    # 201 / 225 with sets 23 to 26 (23 of their 32, as at the start): under target again
    # was 178 / 193; 164 / 185 with sets 20 and 21 (10 of 16); set 22: 5 of 8
    # 210 / 241 with sets 27 and 29 (9 of their 16 as found)
    # 212: a numbered section's title is read without its closing aside in brackets ("4 Send
    # with this form (tick each one you are sending)"): the list under it is sent (acc11d)
    # 213: a 'When we check it' column's cell says whether the row's document comes with the
    # application or is seen later (at a visit, after the award) (acc11d)
    # 215: a documents table's heading row read as lines ("Document" / "Required") says who
    # sends each; a matrix crossed with "✖" or a noted mark, or ticked in every column (the
    # bracket of its name saying whose); a reference number is no reference (acc11d)
    # 216: a section on who may apply ("Who cannot apply?", "Eligibility checklist") ends a
    # documents list and opens none (acc11d)
    # 227 / 241 with acc11b's rules on acc11d's (a substitute's condition is its own, a policy
    # to have is held, "not again unless changed", "Club safeguarding policy", a spaced hyphen's
    # condition, a required upload excusing those who sent it before, a question naming evidence,
    # a fillable checklist's line, the funder's own policy): the 90% target met again
    # 234 / 257 with sets 28 and 30, kept back (7 of their 16, as at the start)
    # 242 / 273 with sets 31 and 33 (8 of their 16 as found at cdfa900): under target again
    # 243: a bracket naming individual artists, schools or a lot with "only" limits (acc12b)
    # 244: an upload's short help under its box, with no "Hint:", limits it (acc12b)
    # 245: a note excusing some applicants ("Halls that hold the award (or higher) do not
    # need to send it; give your certificate number instead") limits the document (acc12d)
    # 261 / 305 with sets 32, 34, 35 and 36 kept back (16 of their 32 at the start, 16 at the end)
    # 271 / 329 with sets 37, 39 and 41 (10 of their 24 as found at 61dc672)
    # 277 (acc13b): a text browser's printed page (lynx -dump) asks for its file inputs' labels,
    # not its link addresses; "with your quotation" is a request for quotation's response, not
    # a quote; a drop zone's "Click or drag a file to this area" is the upload's button, so the
    # help under it limits it; a note after a list declining it ("You do not need to upload
    # them.") leaves its policies held, not sent; a "PLI certificate" is insurance's
    # 278: a note saying what the document must be in some case ("If they have not been
    # examined, they must be signed by two trustees.") does not limit who sends it (acc13b)
    # 280: a note offering something in the item's place to some ("If your group has nothing
    # written down, upload a short note of who runs it") does not limit the item (acc13b)
    # 282: "Some providers must also upload:" leads a list some send; a required upload whose
    # help excuses some ("Parish councils do not need to upload anything here") (acc13b)
    # 284: a scoring guide ("How the panel scores this (weighting 15%)", a criterion with its
    # weight on the line under it) names no document (acc13b)
    # 285: an upload asks whatever its help says is held ("we have a template") (acc13b)
    # 286: a form defined in a Markdown page's front matter: its file inputs (acc13a)
    # 289 (acc13d, from layouts of its own first): a documents matrix led in by a key to its
    # marks ("✔ means you must upload it"); a table's caption ("Table: Project grants only")
    # titling its rows; a PDF's list whose numbers stand on lines of their own
    # 302 / 353 with sets 38, 40 and 42, kept back (13 of their 24 throughout session 13)
    # 314 / 377 with sets 43, 45 and 47 (12 of their 24 as found at a141f72)
    # 315: a grants database's export of a form as records of settings is the form (acc14c)
    # 317 (acc14d): a table headed by a question is its answer box, not a checklist; a
    # bilingual row's Welsh cell is its English cell's twin, read once
    # 318 (acc14d): a list's lead-in naming applicants who "also" send ("Schools also upload:")
    # leads items some send; "the school's own policy" names whose policy, not another
    # 326 (acc14b): a map, an organisation chart, a plan of the work named; a required upload
    # naming no known kind is a document; a drop zone is its upload's widget; a run-in label
    # naming a kind of applicant limits its item; a document named as where something goes
    # 327: a MyST list-table read as a table; "See section 7 for ..." asks nothing (acc14b)
    # 328 (acc14d): a Welsh lead-in ("Ni all y Pwyllgor ...", cannot) is neither an item nor a
    # line naming all applicants
    # 347 / 409 with sets 44, 46, 48 and 49 kept back (19 of their 32 at the start and the end)
    # 351 of 417 with set 50 (typical, as found at fb2a66a, session 15)
    # 358 of 425 with set 52 (typical, as found at fb2a66a)
    # 360: a report sent within months of finishing the project is monitoring; a document's
    # contents listed after "including" are not a second document (acc15c)
    # 374 (acc15a): an upload with no label of its own named by the title just before it, never
    # by a label for another control; a numbered upload title opening with its condition
    # limits it; a bracket naming the grant's bands ("(large grants only)") says who sends; a
    # declaration's promise leads no list; a bracket offering another document of the kind to
    # some ("accounts (if your income is small, a signed statement is fine)") leaves the first
    # for everyone, and a sum with its condition ("; £10 million if ...") says how much; a note
    # on the form a document takes for some ("your rules can be a single page", "send theirs")
    # limits nobody; "within six months of finishing your project" is after the award; "as
    # your governing document ... require" names an authority; the case before ", otherwise"
    # is the first naming's; a reStructuredText list-table is a table, an underlined title a
    # heading, and "confirm that you have a policy" holds it
    # 375 (acc15a): a tick column's heading ("Quote enclosed? Y/N") asks whether, no quote
    # 376 (acc15a): a "Who" cell carrying on its heading ("If ..." / "... you employ staff")
    # 412 of 473 with sets 51 and 53 to 57 (typical, kept back all session 15)
    # 416 (acc16a): in a request for quotation (its opening names it so, or it asks the reader
    # to quote) a quote is the response the documents go with, never a document sent
    # 418 (acc16a): an alternative offered to some in place of a document named first ("proof
    # that you own it, or, if you rent it, the landlord's consent", "or from the council if
    # ...", "or evidence that you are exempt") is one document for every applicant
    # 420 (acc16a): a lead-in asks for the list after it by its last words ("You do not need to
    # send anything now. At Stage 2 every applicant must send:"); a list's item ending so leads
    # in the list nested in it (a Stage 1 form's Stage 2 documents, the rulebook's)
    # 421 (acc16a): what a document shows is part of it, though a few words of its own come
    # first ("a budget for the event showing all expected income and spending": no accounts)
    # 422 (acc16a): a condition after alternatives and the last one's own words is the one
    # document's ("the food hygiene rating or certificate of whoever cooks, if ...")
    # 423 (acc16d): a documents list's sub-heading in capitals saying who sends what ("ALL
    # GROUPS", "REQUIRED") goes on with the list
    # 452 of 513 with sets 58 to 62 (typical, kept back all session 16: 29 of their 40 throughout)
    # 453 (acc17b): a copy asked for "when we send you the funding agreement", "before we make
    # the first payment" or "if your grant is approved" is asked after the award, not sent now
    # 454 (acc17b): a documents table row's note naming the row's kind again describes the row's
    # one document ("Your accounts | Only groups running a year. A simple sheet is fine")
    # 455 (acc17b): a titled item's 'Who: Only if ...' line limits the paragraph describing it
    # ("Budget" / "Who: Only if you ask for over £5,000." / "Use our budget template.")
    # 456 (acc17b): a condition opening a paragraph goes on to a later sentence asking for the
    # document it named ("If you work with children, you must have a safeguarding policy.
    # Please send a copy of your safeguarding policy.")
    # 457 (acc17b): "Your response should include:" under a question lists points to write, not
    # documents; "for Lot 2 only, a food hygiene certificate" limits the item it opens
    # 458 (acc17b): a question over its box saying "need" the noun ("What need will your project
    # address, and what evidence do you have?") is no documents table's heading
    # 459 (acc17c): a page printed in two columns side by side read column by column (its
    # notes' documents list apart from the form beside it)
    # 454 (acc17a): a plain-text line opening with its tick box is the tick list's item,
    # however many sentences its note runs to ("[ ] Your accounts. These should be ... If your
    # income is under £10,000, ... instead."): the list goes on after it
    # 456 (acc17a): a plain-text line opening with its tick box is the tick list's item,
    # 461 (acc17a): certificates each naming its own cover are two, each its own condition; a
    # condition opening the clause after a document ("and, if you employ staff, ...", a bracket
    # right after its name) is the next one's or its own; a list's item ending ";" is not
    # described by the next; a PDF's list number run on to the line before ("...; 3.") makes
    # the next line an item; who writes a document ("from two groups that have used your
    # services") is not who sends it
    # 462 = 90.1%, the target met (acc17a): how documents are sent ("in one email if you can",
    # "as PDF files where possible") and a cover's "for any one claim" limit nobody
    # 463 (acc17a): an item "which must have been independently examined" is sent, not held; a
    # bracket saying how many ("(three quotes if the work costs more than £10,000)") limits none
    # 464 (acc17a): a note on the cover a certificate shows ("Events with fireworks need cover
    # of at least £10 million") says which cover, not who sends it
    # 467 = 91.0%, the target met (acc17a, on acc17b's 457; 464 on the base before it): a
    # plain-text line opening with its tick box is the tick list's item, however many
    # sentences its note runs to ("[ ] Your accounts. These should be ... If your income is
    # under £10,000, ... instead."); certificates each naming its own cover are two, each its
    # own condition; a condition opening the clause after a document ("and, if you employ
    # staff, ...", a bracket right after its name) is the next one's or its own; a list's item
    # ending ";" is not described by the next; a PDF's list number run on to the line before
    # ("...; 3.") makes the next line an item; who writes a document ("from two groups that
    # have used your services") is not who sends it; how documents are sent ("in one email if
    # you can") and a cover's "for any one claim" limit nobody; an item "which must have been
    # independently examined" is sent, not held; a bracket saying how many ("(three quotes if
    # the work costs more than £10,000)") limits none; a note on the cover a certificate shows
    # ("Events with fireworks need cover of at least £10 million") says which cover
    # 469 with acc17b's 459 (rebased at 0d01862)
    # 517 / 577 with sets 63 to 70 (typical, kept back: 45 of their 64 at the start of session
    # 17, 48 at its end)
    # 518: a documents table's rows are its items, so a title after the table is none of them
    # (acc18b); 522: a document named in another's bracket, a map shown with a plan, another of
    # its kind after "..., or", a long "including", and an event plan a project plan (acc18b);
    # 524: a reference followed by its code identifies, and a lead-in over documents "available
    # to read" opens no list to send (acc18b)
    # 526 (acc18a): a PDF checklist's item wrapped onto a lower-case next line is the item's,
    # and a fillable form's check box left of its item's words makes the line the list's item
    # 528 (acc18a): prose leads a list in only where its word pointing ahead is in the
    # sentence that asks; "instead" of a document the funder asks nobody for is everyone's
    # 529: "For office use only" ends a list, "(night shelters only)", "(venues with a kitchen)"
    # name those a document is for, and review18 F4/F5/F8 (acc18b): 530
    # 585 / 641 with sets 71 to 78 (typical, kept back all session 18: 55 of their 64 at its
    # start, middle and end)
    # 586: a numbered section title after a documents list is the next section's (acc19b)
    # 589 (acc19a): the line after a bullet or number printed on a line of its own is the
    # list's item, and a run-on number ("...; 2.") keeps the list's count; "These notes explain
    # ..." and "Each session must include:" lead no list
    # 590 (acc19a): a place, then "where" ("the parish where the project is") names the place,
    # it limits no document
    # 591 with acc19b's 586 (rebased at a835de5e)
    # details to type in are no document (acc19b; floor kept at 591 at its rebase)
    # 593 on 641 at the end of session 19 (acc19a and acc19b together); 647 / 705 with sets 79
    # to 86 (typical, kept back all session 19: 54 of their 64 at its start, middle and end)
    # 648 (acc20b): a document's own words, then "or, if ..., <another document>": the other is
    # sent by some ("accounts for the last financial year, or, if your club is new, ...")
    # 650 (acc20b): "your annual report and full (audited, signed ...) accounts" is one document
    # 652 (acc20d): the accounts item's own level note ("; if your income is under £10,000, a
    # simple statement is fine", an upload's hint "If your income is over £25,000 these must be
    # examined", a row's "Audited, or examined where the law does not require an audit") says
    # which level, not who sends them (655 with acc20b's 650)
    # 663 (acc20a, rebased on acc20d's 655): a certificate of something other than cover is
    # other; "a letter or email of support"; a Stage 2 invitation inside the sentence limits
    # nothing; nor an "if" inside what a named document holds; a listed item's bracketed note
    # of what is held leaves it asked
    # 714 / 769 with sets 87 to 94 (typical, kept back all session 20: 48 of their 64 as
    # found and at its middle, 51 at its end)
    # 730 / 769 in session 21 (acc21a: one grant's or strand's lead-in, "lease" as a verb, an
    # acceptance, duties after "will:", what the funder sends or already holds, rules on a topic;
    # acc21b: help notes, someone else's copy, a second thing covered, a line with its own box,
    # a name split over two lines; acc21c: items opening "the", lettered lists, motor cover,
    # one-cell layout tables; acc21d: a refusal over a list, "instead" after a refusal)
    # 787 / 833 with sets 95 to 102 (typical, kept back all session 21: 56 of their 64 as
    # found and at its middle, 57 at its end)
    # 805 / 833 (session 22: acc22a, acc22b, acc22c, house22b's Word text boxes read once)
    # 857 / 897 with sets 103 to 110 (typical, kept back all session 22: 50 of their 64 as
    # found, 52 at its middle and its end)
    # 869 / 897 (session 23: acc23a's documents named loosely, acc23b's layouts and conditions)
    # 914 / 961 with sets 111 to 118 (typical, kept back all session 23: 45 of their 64 as
    # found, at its middle and at its end)
    # 926 / 961: a documents list's item naming no known kind is a document however it is
    # worded, a lead-in's condition limits every item, item notes naming no condition leave it
    # everyone's (acc24a); 932: the objects of a verb sending something are documents (acc24b)
    # 1005 / 1057 with sets 119 to 130 (typical, written in session 24: 119 to 126 kept back all
    # session, 127 to 130 a development set seen as totals only; the 64 kept back 44 as found, 45 at
    # the middle, 48 at the end;
    # the 32 of the development set 21, 21 and 25)
    # 1028 / 1057 (acc25a, acc25b, acc25c: documents asked after the award or offered, lost list
    # items, one document named twice); 1113 / 1153 with sets 131 to 142 (typical, written in
    # session 25: 131 to 138 kept back all session, 139 to 142 a development set seen as totals
    # only; the 64 kept back 55 as found, 56 at the middle and at the end; the 32 of the
    # development set 29 throughout)
    # 1211 / 1249 with sets 143 to 154 (session 26)
    "attachments": 1211 / 1249,
    # 171 once a list set out line by line in one Word paragraph or cell was read (acc10a)
    # 172: a Markdown task list's item wraps to the words after its bullet (acc10c)
    # 173: a forwarded email's quoted original is the form (acc10c)
    # 174 (90.2%, the target met): a checklist in a two-column text form, item by item (acc10c)
    # 175: a file input in a drop zone is named by the zone's label (acc10c)
    # 177 (main measured 175 at 53d0cec): a tick table right under a question holds its
    # choices, no documents; a document asked "for any" of what some have is for some (acc10a)
    # 178: a list led in by "one of the following" is one document, its items alternatives
    # 135: a bank statement sent beside the accounts is not their easier level (accr s8)
    # with sets 16 and 17 (12 of their 16); 148: a level said of "these" accounts (accr s8)
    # 219 / 225 with sets 23 to 26 (29 of their 32, as at the start)
    # was 190 / 193; 178 / 185 with sets 20 and 21 (14 of 16); set 22: 8 of 8; 187
    # (acc10a: an easy-read cell's tick lines); 188: a forwarded email's original (acc10c)
    # 189: a checklist in a two-column text form, item by item (acc10c); 190: a drop zone's
    # label names its file input (acc10c)
    # 233 / 241 with sets 27 and 29 (14 of their 16 as found)
    # 235 / 241: a form posting to ".../respond" is read, not dropped as a comment form (acc11c)
    # 236: a numbered title with a bracketed aside opens its checklist (acc11d)
    # 249 / 257 with sets 28 and 30, kept back (13 of their 16; 12 at the start)
    # 264 / 273 with sets 31 and 33 (15 of their 16 as found at cdfa900)
    # 265: a text PDF's line short of the margin ends its row, bulleted or not (acc12b)
    # 295 / 305 with sets 32, 34, 35 and 36 kept back (30 of their 32 at the start, 30 at the end)
    # 316 / 329 with sets 37, 39 and 41 (21 of their 24 as found at 61dc672)
    # 317: a form defined in a Markdown page's front matter: its uploads' help (acc13a)
    # 318: a table captioned for some applicants only (acc13d)
    # 340 / 353 with sets 38, 40 and 42, kept back (22 of their 24 throughout session 13)
    # 361 / 377 with sets 43, 45 and 47 (21 of their 24 as found at a141f72)
    # 362: a grants database's export of a form as records of settings is the form (acc14c)
    # 390 / 409 with sets 44, 46, 48 and 49 kept back (28 of their 32 at the start and the end)
    # 397 of 417 with set 50 (typical, as found at fb2a66a, session 15)
    # 405 of 425 with set 52 (typical, as found at fb2a66a)
    # 409 (acc15a): "(small and large grants)" accounts, bank statements from the rest; a
    # statement offered in a bracket to some; a bank statement sent by all, theirs or a holder's
    # 454 of 473 with sets 51 and 53 to 57 (typical, kept back all session 15)
    # 455 (acc16c): a budget's expected income and spending sets no accounts level
    # 494 of 513 with sets 58 to 62 (typical, kept back all session 16: 39 of their 40 throughout)
    # 495 (acc17a): a bank statement sent by all once "; if ..." leads the next document only
    # 558 / 577 with sets 63 to 70 (typical, kept back: 63 of their 64 at start and end)
    # 560 (acc18d): who signs the FORM ("The form must be signed by two trustees") is no level
    # of accounts beside "accounts, independently examined or audited" (hebbleton, pebworthy)
    # 561 (acc18a): an Easy Read item broken by phrase is one item (its bank statement read)
    # 568 (acc18d): bank statements "instead of accounts" in their row's who-cell or said in
    # passing (ellerby, gadsworth, stennock, vardleigh); a higher level's sign-off (", and
    # approved by your board") and a refused lower level are no lower level (rookmere,
    # oakenshawe); a statement in another ";" item, or its own age, is not offered in the
    # accounts' place (hollerton, ulgarth)
    # 570 (acc18d): accounts refused beside a bank statement ("We do not need to see your
    # accounts: the bank statement is enough"); a level sent beside the accounts ("please also
    # send your latest management accounts") is not in their place (brindleton, brackenford)
    # 571 on 577 (acc18a's Easy Read item, measured; the floor had stayed at 570); 634 / 641
    # with sets 71 to 78 (typical, kept back all session 18: 62 of their 64 at its start and
    # middle, 63 at its end)
    # 637 (acc19d, session 19): an FAQ "Do you need our accounts?" answered "No." needs none
    # (kelderby); a form builder's own header is the form's words (orrisbury, Microsoft Forms);
    # accounts excused for some applicants ("Schools and academies do not need to send
    # accounts") leave the others' level (bellowmere)
    # 698 / 705 with sets 79 to 86 (typical, kept back all session 19: 61 of their 64 throughout)
    # 699: kilverton's truth corrected to the rulebook (bank statement the only evidence below
    # £500; the lead, session 20, found by acc20d)
    # 700 (acc20d): "your accounts: if your income is over £25,000 these must be examined"
    # says the form they take, not who sends them (the accounts from all, beside a bank
    # statement, are the level), and a guide's contents ("They explain: what we fund ...") name
    # no document
    # 701 (acc20d): a higher level's sign-off joined by "and" ("independently examined or
    # audited and signed by your trustees") is that level's own (ferrowby)
    # 702 (acc20a): a listed item's bracketed note of what is held leaves it asked (oddingworth)
    # 764 / 769 with sets 87 to 94 (typical, kept back all session 20: 61 of their 64 as
    # found and at its middle, 62 at its end)
    # 766 / 769 (acc21d): a refusal reaching every item of a short list ("We don't ask for
    # accounts, a bank statement or references")
    # 828 / 833 with sets 95 to 102 (typical, kept back all session 21: 62 of their 64 throughout)
    # 832 / 833 (acc22c: accounts examined unless income is over a sum, bank statements with an
    # income and spending statement, management accounts beside the annual accounts)
    # 892 / 897 with sets 103 to 110 (typical, kept back all session 22: 60 of their 64 throughout)
    # 956 / 961 with sets 111 to 118 (typical, kept back all session 23: 63 of their 64 throughout)
    # 1049 / 1057 with sets 119 to 130 (typical, written in session 24: 119 to 126 kept back all
    # session, 127 to 130 a development set seen as totals only; the 64 kept back 62 throughout)
    # 1051 / 1057 (acc25b); 1147 / 1153 with sets 131 to 142 (typical, written in session 25; the
    # 64 kept back 64 throughout)
    # 1241 / 1249 with sets 143 to 154 (session 26)
    "accounts": 1241 / 1249,
    # with sets 18 and 19 (15 of their 16); 164: a glyph's item (accr s9)
}
# precision 1.0 and recall 1.0 on 27 and on 33 documents; recall 211 of 219 kinds on 41 before
# the fixes, 219 of 219 after; on 49, precision 250 of 252 and recall 250 of 257 (250 of 251
# after the first fixes, 250 of 250 once a kind named inside an opening condition was not asked
# for; recall 254 of 257 once a line indented under a form page's bullet continued its item,
# 255 once 'must accompany' asked for documents, 256 once 'not required to have an audit' no
# longer read as an obligation to hold); on 57 (fifth held-out set), 301 of 301 and 301 of 305;
# on 65 (seventh held-out set, as measured), 328 of 330 and 328 of 347; on 73 (sixth, as
# measured), 350 of 352 and 350 of 389; 351 of 353 and 351 of 389 once a wrapped line's policy
# was read with its condition
# (accr, s6) once uploads described in text, fixed-width checklists and numbered section
# titles were read, the figures below.
# 377 of 379 and 377 of 389 once a printed preview's uploads were read (attachments 63); 377 of
# 378 once a bilingual page's translation was read once
# 381 of 382 and 381 of 389 once easy-read lists, 'or, if ...' alternatives and parts only
# some applicants fill in were read (accr s6)
# 383 of 384 and 383 of 389 once a fillable page's bold titles were read (accp s6); on 89
# (eighth and ninth held-out sets, as measured), 450 of 452 and 450 of 473; on 97 (eleventh,
# as measured), 492 of 496 and 492 of 524; on 105 (tenth), 528 of 532 and 528 of 569; 529 of
# 531 and 529 of 569 once a Markdown page's raw HTML tables were read (accr s7)
# 535 of 537 and 535 of 569 once uploads were named by aria-labelledby (accr s7)
# 537 of 539 and 537 of 569 once an empty box's words were read as the box (accl s7)
# 543 of 545 and 543 of 569 once a checklist's lead-in prose kept the list open (accr s7); on
# 121 (twelfth and thirteenth held-out sets, as measured), 611 of 620 and 611 of 662; on 137
# (sets 14 and 15, as measured at dc67624), 681 of 690 and 681 of 735
# 684 of 693 and 684 of 735 (accr s8)
# 691 of 697 and 691 of 735 (accr s8 on accl s8)
# 697 of 703 and 697 of 735 (accr s8: a lead-in opening a list)
# 701 of 707 and 701 of 735 (accr s8: a who-cell naming the kind)
# on 153 (sets 16 and 17, as measured at fddc1f8): 772 of 782 and 772 of 824
# 773 of 783 and 773 of 824 (accr s8: policies sent by lot)
# 773 of 784 (accw s8): fallowmere's documents table read by its cells (a row with a tick cell
# had been one line of tick boxes) shows its "Optional: ... you don't need one" row as an
# 'other' kind asked of some (a requirements cause: an optional who-cell asks nobody)
# 836 of 860 and 836 of 908 on 169 with sets 18 and 19 (as found)
# 841 of 865 and 841 of 908 (accr s9: run-in items)
# 841 of 864 (accw s9: what an optional upload may hold is not asked)
# 844 of 866 and 844 of 908 (accr s9: conditions in headings)
# 848 of 860 and 848 of 908 (accr s9: 'Required? No', optional and after-award documents)
# 849 of 861 and 849 of 908 (accr s9: an upload in a table's row)
# 850 of 862 and 850 of 908 (accw s9: a Markdown task list's items are a list's items)
# 910 of 924 and 910 of 980 on 185 with sets 20 and 21
# 946 of 962 and 946 of 1020 on 193 with set 22; 956 of 972 and 956 of 1020 (acc10a: a list
# line by line in one Word paragraph or cell; a cell's list beside an empty answer box says
# what to write, nothing to send); 959 of 975 and 959 of 1020 (acc10c: a task list's
# wrapped items); 963 of 979 and 963 of 1020 (acc10c: a forwarded email's original); 968 of
# 984 and 968 of 1020 (acc10c: a checklist in a two-column text form); 976 of 990 and 976 of
# 1020 (acc10c: a portal export's uploads, a drop zone's label)
# 976 of 989 (acc10a: a tick table under a question holds its choices); 980 of 994 and 980 of
# 1020 (acc10d: bold words beside a fillable PDF's tick box are its item, not a heading:
# penrhydd's checklist is read, four kinds found; one false kind, its list running on into
# the insurance paragraph after it, whose certificate is not asked for)
# 980 of 993 (acc10a: "one of the following" is one document)
# 910/924, 910/980 on 185; 980/993, 980/1020 on 193; 1135/1152, 1135/1185 on 225 (sets 23-26)
# 1204/1223, 1204/1267 on 241 with sets 27 and 29 (as found, session 11)
# 1207/1226, 1207/1267: a form posting to ".../respond" is read (acc11c)
# 1217/1236, 1217/1267 (acc11d: a numbered title's bracketed aside opens its checklist; a
# 'When we check it' column says what is sent with the application)
# 1217/1234, 1217/1267 (acc11d: a table's heading row read as lines, a matrix's marks)
# 1217/1233 (acc11d: who may apply is no list of documents)
# 1220/1233, 1220/1267 (acc11b's requirements rules on acc11d's structures)
# 1278/1296, 1278/1334 on 257 with sets 28 and 30 (kept back in session 11)
# 1346/1369, 1346/1412 on 273 with sets 31 and 33 (as found, session 12)
# 1356/1378, 1356/1412 (acc12b: a complaints procedure is the policy; a text PDF's line short
# of the margin ends its row, bulleted or not)
# 1361/1381, 1361/1412 (acc12b: a wiki's tabs, a declaration's title and a line declining
# the list under it end a list of documents)
# 1491/1519, 1491/1564 on 305 with sets 32, 34, 35 and 36 kept back
# 1576/1607, 1576/1669 on 329 with sets 37, 39 and 41 (as found, session 13)
# 1577/1603, 1577/1669 (acc13b: lynx's link addresses, a quotation's response, a PLI certificate)
# 1577/1602 (acc13b: a scoring guide names no document; a logic model is a project plan)
# 1582/1607, 1582/1669 (acc13b: a certificate named by what it certifies is a document; an
# upload asks whatever its help says is held); 1580/1605 once the first was taken back (it read
# "the award certificate number" and a club's affiliation certificate as documents to all)
# 1582/1607, 1582/1669: a form defined in a Markdown page's front matter (acc13a)
# 1593/1617, 1593/1669 (acc13d: a keyed matrix, a captioned table, a PDF's list, a wrapped note)
# 1687/1712, 1687/1782 on 353 with sets 38, 40 and 42 kept back
# 1783/1815, 1783/1893 on 377 with sets 43, 45 and 47 (as found, session 14)
# 1785/1817, 1785/1893: a grants database's export of a form as records is the form (acc14c)
# 1794/1821, 1794/1893 (acc14b: maps, charts, plans of the work, a partner's letter named; a
# required upload naming no known kind is `other`; "in your budget" asks for no budget)
# 1934/1966, 1934/2050 on 409 with sets 44, 46, 48 and 49 kept back
# 1977/2009, 1977/2093 on 417 with set 50 (typical, as found, session 15)
# 2017/2049, 2017/2133 on 425 with set 52 (typical, as found)
# 2020/2050, 2020/2133: uploads named by their own titles; an underlined title no item (acc15a)
# 2233/2269, 2233/2351 on 473 with sets 51 and 53 to 57 (typical, kept back)
# 2233/2264, 2233/2351: a request for quotation's quotes are its response (acc16a)
# 2243/2274, 2243/2351: Stage 2's lists led in after "nothing now" and from a list's item (acc16a)
# 2243/2273: a budget "for the event showing ... income and spending" names no accounts (acc16a)
# 2446/2484, 2446/2558 on 513 with sets 58 to 62 (typical, kept back all session 16)
# 2446/2482: a certificate asked for when the funding agreement is sent is after the award (acc17b)
# 2446/2481: "a) This ITQ, with every section completed" is the document in hand (acc17b)
# 2446/2480: a question saying "need" the noun opens no documents list (acc17b)
# 2446/2479 (acc17c: the two-column page read column by column, one false kind fewer)
# 2446/2477: what an applicant "must make sure" someone has is held, not sent (acc17b)
# 2448/2486, 2448/2558: a plain-text tick list's item with a note of sentences (acc17a)
# 2448/2483, 2448/2558: a plain-text tick list's item with a note of sentences (acc17a)
# 2451/2486, 2451/2558: a PDF's list read past a number run on to the line before (acc17a)
# 2452/2487, 2452/2558: accounts "which must have been independently examined" are sent (acc17a)
# 2452/2483 with acc17b's 2446/2477 (rebased at 0d01862)
# 2768/2806, 2768/2890 on 577 with sets 63 to 70 (typical, kept back all session 17)
# 2768/2805: the same (acc18b); 2772/2808, 2772/2890: the same, and an event plan (acc18b)
# 2772/2806: the same (acc18b); 2772/2805: the office-use box (acc18b)
# 2778/2811, 2778/2890 with acc18a's PDF checklists (acc18b, rebased at a49f0d7)
# 2783/2816, 2783/2890 with acc18a's latest (acc18b at 12:03)
# 3074/3116, 3074/3191 on 641 with sets 71 to 78 (typical, kept back all session 18)
# 3074/3112: the same, a numbered section title after a documents list (acc19b)
# 3078/3120, 3078/3191: the same, with acc19a's lone list marks
# 3083/3124, 3083/3191: "a breakdown of the project costs" is a budget (acc19a)
# 3083/3120, 3083/3191 with acc19b's (rebased at a835de5e)
# 3365/3418, 3365/3483 on 705 with sets 79 to 86 (typical, kept back all session 19)
# 3391/3418, 3391/3509: 26 truth files corrected to the rulebook (bank statements "instead"
# of accounts are a conditional bank_statement; the lead, session 20)
# 3396/3421, 3396/3509: "Ashby CVS" is no CV; a checklist item after its condition's label
# ("- if the learner is a volunteer: a short letter from your chair") is read (acc20b)
# 3410/3435, 3410/3509: acc20a's (certificates, letters or emails, a bracket's holding note)
# 3698/3724, 3698/3802 on 769 with sets 87 to 94 (typical, kept back all session 20)
# 4045/4069, 4045/4158 on 833 with sets 95 to 102 (typical, kept back all session 21)
# 4406/4429, 4406/4514 on 897 with sets 103 to 110 (typical, kept back all session 22)
# 4786/4810, 4786/4886 on 961 with sets 111 to 118 (typical, kept back all session 23)
# 5328/5354, 5328/5433 on 1057 with sets 119 to 130 (session 24)
# 5836/5863, 5836/5942 on 1153 with sets 131 to 142 (session 25)
# 6386/6413, 6386/6501 on 1249 with sets 143 to 154 (session 26)
KINDS_FLOOR = {"precision": 6386 / 6413, "recall": 6386 / 6501}
# Misses outside ±1 question or ±10% of words: none on 27 documents, none on 33, six on 41 (none
# after the fixes), nine on 49 (none after the fixes for the fourth held-out set's causes, the
# last being limits in a table of question references apart from the questions), six on 57
# (two once exported page furniture and prose limits were not read as questions' limits),
# twelve on 65 (seventh held-out set, as measured), twenty on 73 (sixth, as measured), 18 once
# guidance listing a portal's questions and a form builder's ARIA widgets were read, 12 once a
# bilingual form's twin prompts and a scoring table's limits were read, 7 once guidance listing
# another form's questions was told from the form, 6 once a print preview's boxes were read,
# none once a heading's limit went to the question under it; eight on 89 (eighth and ninth
# held-out sets, as measured); seven once a blog's comment form was site chrome, four once
# guidance telling what the online form asks was told from the form; eight on 97 (eleventh
# held-out set, as measured); 13 on 105 (tenth, as measured), three once its causes were fixed;
# 14 on 121 (twelfth and thirteenth held-out sets, as measured at 888be21; 16 at d6df8ad), 3
# at the end of session 7; 10 on 137 (sets 14 and 15, as measured at dc67624); 8 on 153 at
# the end of session 8; 18 on 169 (sets 18 and 19, as found at 3dd3066); 16 once a fillable
# page's lines to write on and a box's shown limit were read (accl s9); 3 once a text PDF's
# empty answer cells were read beside their questions (accl s9, after accq and accw s9's 4);
# 2 once a fillable table's limit column was its boxes' (accl s9).

# Issue targets not met on 137 documents: strict xfails naming the figure.
# attachments met again on 137: 129 = 94.2% (accr s8); not met on 169 with sets 18 and 19
# attachments met again on 169: 153 = 90.5%, then 154 = 91.1% (accr s9)
# attachments: not met with sets 20 and 21 (164 of 185 = 88.6%), 169 of 193 = 87.6% with set
# 22; 171, 172, 173 (acc10a's list in one Word paragraph; acc10c's task list's wrapped items and
# forwarded email), then met again: 174 = 90.2% once a checklist in a two-column text form was
# read item by item (acc10c), 175 once a drop zone's label named its file input
# attachments: not met again with sets 23 to 26, kept back (201 of 225 = 89.3%)
# attachments: 210 of 241 = 87.1% with sets 27 and 29 (as found, session 11)
# attachments met again on 241: 218 = 90.5% (acc11b)
# attachments: issue-12 target not met on 273 documents with sets 31 and 33: 245 = 89.7%; 261 of
# 305 = 85.6% with sets 32, 34, 35 and 36 (kept back); 271 of 329 = 82.4% with sets 37, 39 and 41
# (as found); 289 = 87.8% (session 13's fixes); 302 of 353 = 85.6% with sets 38, 40 and 42 (kept
# back); 314 of 377 = 83.3% with sets 43, 45 and 47 (as found, session 14); 327 = 86.7% (acc14b),
# 328 = 87.0% (acc14d); 347 of 409 = 84.8% with sets 44, 46, 48 and 49 (kept back); 351 of 417 =
# 84.2% with set 50 (typical, as found, session 15); 358 of 425 = 84.2% with set 52 (typical, as
# found); 376 = 88.5% (acc15a); 412 of 473 = 87.1% with sets 51 and 53 to 57 (typical, kept back);
# 423 = 89.4% (acc16a, acc16d); 452 of 513 = 88.1% with sets 58 to 62 (typical, kept back all
# session 16: 29 of their 40 at its start, middle and end); 457 = 89.1% (acc17b)
# attachments met again on 513: 469 = 91.4% (acc17a's general fixes on acc17b's): the strict
# xfail is a plain floor; not met again on 577 with sets 63 to 70 (typical, kept back all
# session 17): 517 = 89.6%
# attachments met again on 577: 522 = 90.5% (acc18b: a title after a documents table, and one
# document named with another's words): the strict xfail is a plain floor; met on 641 with
# sets 71 to 78 (typical, kept back all session 18: 55 of their 64): 585 = 91.3%; 593 on 641
# (session 19); met on 705 with sets 79 to 86 (typical, kept back all session 19: 54 of their
# 64, 84.4%): 647 = 91.8%
UNMET: dict[str, str] = {}
UNMET_PR: dict[str, str] = {}
FAR = (
    "issue-12 target not met since the eighth and ninth held-out sets: 8 misses on 153 "
    "documents are outside ±1 question or ±10% of words, 16 on 169 with sets 18 and 19, 9 "
    "once questions saying they have no limit kept a section's default off them, 8 once "
    "a limit told in passing in an e-mail's news was no question, 4 once a portal's export "
    "of its questions was the form, 3 once a text PDF's empty answer cells were read beside "
    "their questions, 2 once a fillable table's limit column was its boxes', 1 once a Word "
    "table's office-use column was the council's, 7 on 185 with sets 20 and 21, 7 on 193 "
    "with set 22 (none of its own), 6 once an answer label under each item was somewhere "
    "to write, 4 once a forwarded email's quoted original was read as the form, 3 once a "
    "Word table's notes beside the box were read with the question above, 2 once an "
    "easy-read Word form's margin of pictures was nowhere to write, 1 once a prompt naming "
    "its own answer (Yes / No, 'Type one of') was a field; 12 on 225 with sets 23 to 26, "
    "kept back (11 of their own, as at the session start); 21 on 241 with sets 27 and 29 "
    "(9 of their own, as found), 17 once a form posting to '.../respond' was read, 15 "
    "once a grid of short entries was one field and ruled lines under a laid-out question "
    "its box, 13 once an export's items typed as 'Type:' alone were its questions, 5 once "
    "a form in two languages counted each question once and a limit written under the box "
    "(a blank counter, a note opening with it) was the box's, 4 once a blank between two "
    "rules of dashes was a box drawn in text; 10 on 257 with sets 28 and 30, kept back "
    "(6 of their own); 17 on 273 with sets 31 and 33 (9 of their own, as found), 8 once "
    "acc12a's causes were read, 6 with acc12a's and acc12b's later ones, 4 once a "
    "document's length in a list of documents and Wufoo's range counter were read; 19 on "
    "305 with sets 32, 34, 35 and 36, kept back (15 of their own at the session's start and "
    "end) (bench/forms.py lists them); 18 once a box labelled only 'Your answer' answered "
    "the prompt above it (acc13a); 25 on 329 with sets 37, 39 and 41 (7 of their own, as "
    "found), 23 once an answer typed 'Text' alone with room for prose was a question "
    "(acc13c), 21 once a table of questions answered on separate sheets was the questions "
    "(acc13c), 19 once a text PDF's table read a cell a line had its rows back (acc13c), "
    "16 once a Word cell merged down rows was one box (acc13c), 5 once a line in another "
    "script under its twin was the same prompt, a note beside a question in its row no "
    "second question, a fillable form's read-only boxes its words, a form in a Markdown "
    "page's front matter read, a reference alone on its line the next item's, a box drawn "
    "in a text file a grid table, a page-feedback widget written out chrome and lettered "
    "points under a limited statement its points (acc13a); 15 on 353 with sets 38, 40 "
    "and 42, kept back (10 of their own throughout session 13); 13 once a box with rounded "
    "corners drawn on a text PDF was room to write, 11 once a page of design-system macro "
    "calls was the form they draw (acc14a); 17 on 377 with sets 43, 45 and 47 (6 of their "
    "own, as found at a141f72), 15 once a grants database's export of a form as records of "
    "settings was the form (acc14c), 14 once a table of limits at a glance (a bare figure "
    "under 'Maximum words') gave the questions asked below under its references theirs "
    "(acc14a), 13 once a fillable page in two columns paired each box with its own label "
    "(acc14a), 11 once a text PDF's question wrapped before a capital was one, 10 once "
    "points listed under 'Your response should cover:' were the prompt's, 9 once a limit "
    "for '(a) and (b) together' was those parts' alone (acc14a), 8 once a site's answer-box "
    "tags were boxes with the limits its front matter gives, 7 once 'every question on one "
    "page' was no limit, 6 once a limit an empty box's prompt states was the question's, 5 "
    "once a grid inside a one-table form headed values (acc14c); 12 on 409 with sets 44, "
    "46, 48 and 49, kept back (7 of their own at the start and the end of session 14); 12 "
    "on 417 with set 50 (typical, none of its own, as found); 12 on 425 with set 52 "
    "(typical, none of its own, as found); 11 once a numbered question's hint was its "
    "(acc15c); 8 once a 'Why we ask' column was notes on its rows, a contents entry asked "
    "nothing and an empty cell opening its row before words was padding, 7 once items asked "
    "with their costs were a budget (acc15b); 11 on 473 with sets 51 and 53 to 57, typical "
    "and kept back (4 of their own at the start and the end of session 15); 8 once guidance "
    "naming the separate form it quotes ('Fill in Document 2, the Response Form. It asks', "
    "'The form has five sections') counted none, 7 once a title line naming a tender's "
    "reference ('MS1'), weighting and limit over its question gave the limit, 6 once words a "
    "Word form strikes through were deleted, 5 once a counter saved after a box with no "
    "maxlength ('0 / 600') was its limit in characters, 4 once a letter asked for with its "
    "limit ('write to us ... in a letter of no more than two sides of A4:') was one question "
    "(acc16b); 9 on 513 with sets 58 to 62, typical and kept back (5 of their own at the "
    "start, middle and end of session 16), 7 once a grid table indented under its question "
    "was read as a table, not a form in two columns (lead, after the end measurement); 5 "
    "once ruled lines after a blank under a question in a plain-text form laid out in "
    "columns were its box (acc17c), 4 once a question table's title row with its reference "
    "alone in the first cell gave the question under it its limit (acc17c), 3 once a page "
    "printed in two columns side by side was read column by column (acc17c), 2 once a "
    "fillable page in two columns of fields was read column by column (acc17c); 7 on 577 with "
    "sets 63 to 70, typical and kept back (5 of their own at the start and end of session 17); "
    "6 once a value's label over its box ending in a colon was a field (acc18c), 4 once a "
    "costs table's '£ ________' cells in plain text asked nothing (acc18c), 2 once guidance "
    "listing a crowdfunding platform's questions counted none (acc18c); 3 on 641 with sets 71 to "
    "78, typical and kept back (1 of their own, a plain-text form's word limit 12% short, at "
    "the start, middle and end of session 18); 2 once a follow-up naming the question it "
    "follows in its condition was a question (acc19c), none once a PDF sidebar's short lines "
    "were joined and a '?' before its bracketed limit asked (acc19c): met on 641, the strict "
    "xfail is a plain check; 3 on 897 with sets 103 to 110, typical and kept back (3 of their "
    "own at the start, middle and end of session 22: a text PDF form's two questions with no "
    "limit over ruled lines missed, and a crowdfunding guide's table of a project page's "
    "sections and their word limits read as two questions); 2 once a text PDF's drawn writing "
    "lines were room to write (session 23, the lead: the text PDF form's questions); 2 on 961 "
    "with sets 111 to 118, typical and kept back (none of their own at the start, middle and "
    "end of session 23); none once a guide's step word between a form and what it asks ('the "
    "site's form then asks you about:') and a page or platform named as where the applicant "
    "writes were read as another form's questions (acc24c): met on 961, a plain check; 4 on "
    "1,153 with sets 131 to 142 (typical, written in session 25: 4 on 3 of the 64 kept back, "
    "as found and at the middle), 1 at the end once two guidance notes telling what the form "
    "asks ('The form has eight questions, including ...', '... It asks for:') counted none "
    "(the lead, after looking at those two kept-back documents): a Word form's question with "
    "parts (a) and (b) in one box, 'What do you want the grant for? Please tell us (a) ... "
    "and (b) ...', is lost (-300 words of 1,150); none once a short note of a total under a "
    "question asking in its own lettered parts, '(Maximum 300 words in total)', was that "
    "question's own limit (acc26c): met on 1,153, a plain check; 3 on 1,249 with sets 143 to "
    "154 (typical, written in session 26: 3 on 2 of the 64 kept back, the same as found, at "
    "the middle and at the end): a plain-text form's five questions read as one (-4, its "
    "750-word limit lost) and a web page of guidance read as having a question of 67 words"
)


def _counts() -> list[object]:
    return [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=UNMET[k])) if k in UNMET else k
        for k in COUNTS
    ]


@pytest.fixture(scope="session")
def measurements(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], dict[str, Any]]:
    """The measurer, each document measured once in the run whichever worker asks (run_shared:
    the run's own temporary folder, nothing kept from an earlier run)."""
    folder = run_folder(tmp_path_factory, "forms-measured")

    def measure(document: Path) -> dict[str, Any]:
        return once(folder, document.name, lambda: _forms.measured(document))

    return measure


@pytest.mark.parametrize("part", range(PARTS))
def test_each_part_of_the_corpus_is_measured(
    part: int, measurements: Callable[[Path], dict[str, Any]]
) -> None:
    """Every document is measured without an error (the scores below are read from these
    measurements; a document no part has measured yet when they are read is measured then)."""
    for truth in TRUTHS[part::PARTS]:
        assert isinstance(measurements(FOLDER / _forms.read_truth(truth)["document"]), dict)


@pytest.fixture(scope="module")
def result(measurements: Callable[[Path], dict[str, Any]]) -> Score:
    if not TRUTHS:
        pytest.skip("no labelled corpus in tests/forms")
    return score(FOLDER, measure=measurements)


def test_the_corpus_is_big_enough(result: Score) -> None:
    assert result.documents >= 15


@pytest.mark.parametrize("key", _counts())
def test_exact_match_target(result: Score, key: str) -> None:
    assert result.rate(key) >= 0.9, f"{key}: {result.rate(key):.0%}, target 90%"


# The issue-12 tolerance: every miss within one question and 10% of words. Not met from the
# eighth and ninth held-out sets until session 19 (FAR above tells how the misses went); met
# on 641 once a PDF sidebar's questions were read whole (acc19c): a plain check from then on;
# met on 705 with sets 79 to 86 (typical, kept back all session 19: none of their 64 outside);
# not met on 897 with sets 103 to 110 (typical, kept back all session 22: 3 of their 64 outside);
# not met on 961 with sets 111 to 118 (2 outside, none of those 64); met again on 961 once a
# crowdfunding guide's table of the site form's parts was read as asked elsewhere (acc24c): a
# plain check again (FAR tells how the misses went); not met on 1,153 with sets 131 to 142
# (typical, kept back all session 25: one of their 64 outside at its end): a strict xfail again;
# met again on 1,153 once a total under a question in lettered parts was its own (acc26c): a
# plain check again (FAR tells how the misses went); not met on 1,249 with sets 143 to 154
# (typical, kept back all session 26: 3 misses on 2 of their 64 throughout): a strict xfail.
@pytest.mark.xfail(strict=True, reason=FAR)
def test_every_miss_within_one_question_and_ten_percent_of_words(result: Score) -> None:
    assert result.far == [], result.far


def test_attachment_kinds_floor(result: Score) -> None:
    assert result.precision("kinds") >= KINDS_FLOOR["precision"]
    assert result.recall("kinds") >= KINDS_FLOOR["recall"]


@pytest.mark.parametrize("key", COUNTS)
def test_exact_match_floor(result: Score, key: str) -> None:
    assert result.rate(key) >= FLOORS[key], (
        f"{key}: {result.rate(key):.0%}, floor {FLOORS[key]:.0%}"
    )


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=UNMET_PR[k]))
        if k in UNMET_PR
        else k
        for k in ("kinds", "policies")
    ],
)
def test_precision_and_recall_targets(result: Score, key: str) -> None:
    assert result.precision(key) >= 0.9 and result.recall(key) >= 0.9, (
        f"{key}: precision {result.precision(key):.2f}, recall {result.recall(key):.2f}"
    )


# Documents whose insurance, match funding and required/conditional policies are exact: all
# 27 were; the second held-out set (33 documents) lowered match funding and policies, and
# general fixes (shares in words, Word lists) brought them back to all 33. On 41 documents
# (third held-out set): insurance 41, match funding 40, policies 37, then 38 (a definition
# list's "Only if ..." makes its safeguarding policy conditional), then 39 (a fixed-width table's
# "Who sends it" column), then 40 (a form builder's upload hint "Required if ...").
# On 49 (fourth held-out set, before any fix): insurance 49, match funding 47, policies 45; 46
# once a policy the list does not name ("your Welsh language scheme or policy") is 'other'.
# On 57 (fifth held-out set, as measured): insurance 57, match funding 50, policies 52 (53 once
# a word hyphenated at a line's end was made whole). On 65 (seventh held-out set, as measured):
# insurance 63, match funding 58, policies 58. On 73 (sixth, as measured): 71, 61 and 63;
# policies 66 once a checklist repeating the form, a documents table read as lines and a
# wrapped declaration were read. Insurance 72 and match funding 60 once a Webform page whose body
# names a toolbar was read at all (its "about 70% of the groups ... were given a grant" is then
# read as match funding: a miss the page hid). Policies 68 once uploads described in text and
# brackets naming who were read.
# On 89 (eighth and ninth held-out sets, as measured): insurance 86, match funding 76,
# policies 83. On 97 (eleventh, as measured): 93, 81 and 88; on 105 (tenth): 101, 88, 92;
# match funding 89 and policies 93 once raw HTML in Markdown was read (accr s7). On 121
# (twelfth and thirteenth, as measured): 117, 106 and 107. On 137 (sets 14 and 15, as measured
# at dc67624): 133, 114 and 118.
FACTS_FLOOR = {
    # 102 of 105 once a scanned form's OCR text was read; 146, 126, 126 on 153 (sets 16, 17)
    # 162, 139, 136 on 169 (sets 18 and 19, as found); 177, 151, 155 on 185 (sets 20 and 21)
    # 184 on 193 (set 22: 7 of 8); 218 on 225 with sets 23 to 26
    # 233 on 241 with sets 27 and 29 (as found); match funding 206, policies 202
    # 234: a form posting to ".../respond" is read (acc11c)
    # 250 on 257 with sets 28 and 30 (kept back); match funding 240, policies 216
    # 266 on 273 with sets 31 and 33 (as found); match funding 255, policies 229
    # 297 on 305 with sets 32, 34, 35 and 36 kept back; match funding 281, policies 255
    # 320 on 329 with sets 37, 39 and 41 (as found); match funding 301, policies 274
    # 343 on 353 with sets 38, 40 and 42 kept back; match funding 318, policies 297
    # 366 on 377 with sets 43, 45 and 47 (as found); match funding 336, policies 312
    # 397 on 409 with sets 44, 46, 48 and 49 kept back; match funding 365, policies 342
    # 405 on 417 with set 50 (as found); match funding 373, policies 349
    # 413 on 425 with set 52 (as found); match funding 381, policies 356
    # 461 on 473 with sets 51 and 53 to 57 (kept back); match funding 424, policies 405
    # 499 on 513 with sets 58 to 62 (kept back all session 16); match funding 484, policies 457
    # 563 on 577 with sets 63 to 70 (kept back all session 17)
    # 627 on 641 with sets 71 to 78 (session 18)
    # 755 on 769 with sets 87 to 94 (session 20)
    # 819 on 833 with sets 95 to 102 (session 21)
    # 883 on 897 with sets 103 to 110 (session 22)
    # 947 on 961 with sets 111 to 118 (session 23)
    # 1043 on 1057 with sets 119 to 130 (session 24); 1139 on 1153 with sets 131 to 142 (session 25)
    # 1235 on 1249 with sets 143 to 154 (session 26)
    "public_liability_insurance": 1235,
    # 187: a question standing as a title names the cover it asks ("Do you hold ... of £10
    # million?", a fieldset's legend; acc10c)
    # 67 on 73 once the funder's share was read whoever pays (accr s6); 90 with OCR text (accl s7);
    # 94 with Welsh shares and a third read at the truth's whole figure (accr s7, bench/forms.py)
    # 105: Sowerholme's template comments are read again (they hold its questions' limits), and
    # with them "We fund 100% of eligible costs" is read as no match funding (0), which its
    # truth writes as null; 106 was measured while those comments were dropped (accr s7)
    # 158 on 193; 170 once "no match funding needed" was labelled 0, not null (36 truth files,
    # tests/forms/README.md "Match funding"): 24 the measurer read as 0 now agree, and 12 saying
    # "we can fund the whole cost" it reads as not known are now misses
    # 171: a forwarded email's original is read (acc10c); 196 on 225 with sets 23 to 26
    # 206 on 241 with sets 27 and 29
    # 222: the funder paying the whole cost, or money need not be found elsewhere, is none (0)
    # though "match funding" is unnamed (acc11c); five truth files still null for it now say 0
    # 223: a form posting to ".../respond" is read (acc11c)
    # 225: an FAQ's "No" (or "We do not insist on it") under "Do we need to find some of the
    # money?", its "Yes" under "Can we ask for the whole cost?" (acc11c); Yarnwick relabelled 0
    # 435: match funding named and then waived ("Match funding is welcome but (it is) not
    # required", "... is not essential", "... is optional"), and a "not" before a colon no
    # longer bars "we can fund the whole cost" after it (acc16c; 11 documents in 8 sets)
    # 443: the applicant's share said with "put in", and the funder's share of a cost its
    # owner names ("up to half of the playscheme's costs") leaving the rest (acc16c)
    # 445: "the remaining 10%" after the funder's share is the applicant's (acc16c)
    # 484 on 513 with sets 58 to 62 (39 of their 40 at the end of session 16, 37 at its start)
    # 547 on 577 with sets 63 to 70 (kept back all session 17)
    # 607 on 641; 667 on 705 with sets 79 to 86 (session 19)
    # 731 on 769 with sets 87 to 94 (session 20)
    # 795 on 833 with sets 95 to 102 (session 21)
    # 859 on 897 with sets 103 to 110 (session 22)
    # 921 on 961 with sets 111 to 118 (session 23); 920 once "from your own funds" was no phrase
    # of its own (it read a near miss's other share, test_documents_s16c_typical)
    # 925: "half the cost", "N% from elsewhere" (house24, trial23 T2); 1018 on 1057 with sets
    # 119 to 130 (session 24)
    # 1020 (house25, trial24 T13); 1114 on 1153 with sets 131 to 142 (session 25)
    # 1213 on 1249 with sets 143 to 154 (session 26)
    "match_funding_percent": 1213,
    # 69 once upload help written under a control was read with it; 71 once a part only some
    # fill in and easy read's "Then send us ..." were read; 73 once a privacy policy was the
    # funder's own (accr s6); 83 on 89; 88 on 97; 92 on 105; 93, then 96 (accr s7); 97 (html s7)
    # 119 with hidden single uploads shown_if (accl s8); 120 (accr s8); 127 of 153 by lot
    # 137: a safeguarding policy "Should your project ...:" (accr s9)
    # 139: a folded part's or shown-if part's prose (accw s9); 141: "If ..." headings (accr s9)
    # 143: a 'Required?' "No" withdraws its policy (accr s9); 163 on 193 with set 22
    # 166: a portal export's uploads, a drop zone's label (acc10c); 192 on 225 (sets 23 to 26)
    # 203: a matrix crossed in some columns asks its policy of some only (acc11d)
    # 204: acc11b's rules on acc11d's ("Club safeguarding policy" for every club)
    # 230: a declaration's title ends a list of documents; a note under an item (acc12b)
    # 275 on 329: a form defined in a Markdown page's front matter (acc13a)
    # 277 (acc13d): a caption for some applicants; a who-line between a PDF list's items
    # 313: a grants database's export of a form as records of settings is the form (acc14c)
    # 314 (acc14d): a bilingual row's Welsh cell read as its English twin's translation
    # 315 (acc14d): "the school's own policy" names whose policy, not another one
    # 316: a drop zone beside an upload is no upload of its own, so its help limits it (acc14b)
    # 317 (acc14d): "your governing body's model policy" names whose and what form, no other
    # 358 (acc15a): a numbered upload title's condition limits its policy; a reStructuredText
    # list-table's "Who" column read; 359: an "If ..." column's cells read after their dots
    # 408 (acc16c): a listed name joined to a word the list does not know names that policy
    # ("equality and inclusion policy" is equality, not 'other')
    # 424 (acc16c): a tick box's label in the applicant's voice ("[ ] We have an equal
    # opportunities policy and will follow it") confirms the policy: the box says who speaks
    # 457 on 513 with sets 58 to 62 (33 of their 40 throughout session 16)
    # 458 (acc17a): a quick quote's safeguarding policy sent by all (millbeck)
    # 517 on 577 with sets 63 to 70 (kept back all session 17)
    # 580 on 641; 642 on 705 with sets 79 to 86 (session 19)
    # 646 (acc20d): a declaration's sentence in the applicant's voice after its own condition
    # ("Where our activities involve children, we confirm that we have ...") or later in the
    # declaration ("I confirm ... . If our group works with children, we have ...") confirms it
    # 702 on 769 with sets 87 to 94 (session 20)
    # 704 (acc21b: a second thing a policy covers keeps the first everyone's); 763 on 833 with
    # sets 95 to 102 (session 21); 767 (session 22); 825 on 897 with sets 103 to 110; 887 on
    # 961 with sets 111 to 118 (session 23)
    # 968 on 1057 with sets 119 to 130 (session 24)
    # 970 (session 25); 1058 on 1153 with sets 131 to 142 (session 25)
    # 1144 on 1249 with sets 143 to 154 (session 26)
    "policies_required": 1144,
}


def test_insurance_match_funding_and_required_policies_floor(result: Score) -> None:
    """No spec target, but keep each at today's figure (Castlegate's match funding was once
    lost unnoticed, as the benchmark did not read it)."""
    for key in _forms.FACTS:
        assert result.facts_ok[key] >= FACTS_FLOOR[key], (key, result.misses)


# Documents whose field count is within the truth's tolerance: no spec target, kept at today's
# figure (26 of 33, once a date typed as day, month and year inputs counted as one field;
# 30 of 41 with the third held-out set, 33 once answer markers, bilingual labels and Word's
# check-box controls were read; 36 of 49 with the fourth held-out set, 37 once a fillable PDF's
# check boxes sharing a tooltip were one group, 38 once a printed PDF's bare labels over
# drawn boxes were read as fields, 39 once a fillable PDF's check boxes numbered as one set
# were one group; 43 of 57 with the fifth held-out set, 44 once a date's blanks were one field;
# 48 of 65 with the seventh, 52 of 73 with the sixth, 53 once ARIA widgets were read, 54 once
# a Webform page was read; 68 of 89 with the eighth and ninth; 71 of 97 with the eleventh;
# 72 of 105 with the tenth, 74 once a Word template's placeholders were read, 75 once an
# email's numbered list was read (accq s7))
# 77 of 105 once an empty box's words and OCR text were read (accl s7); 82 of 121 with the
# twelfth and thirteenth, 83 with a Word form saved as text read by its rows (accl s7)
# 84 of 121 (accl s7); 95 of 137 (sets 14, 15); 96 (accq s8); 98 (accw s8); 100; 106 of 153
# with sets 16 and 17
# 117 of 169 with sets 18 and 19 (10 of their 16, as found)
# 122: a question and a number sharing a box is no field; 124: a portal's export (accq s9)
# 125: a "Question | Your answer" heading row asks nothing (accl s9)
# 129: two blanks on a Markdown line, a task list one group, blanks among notes, a list's
# lead-in (accw s9)
# 139 of 185 with sets 20 and 21, 144 of 193 with set 22, 149; 170 of 225 with sets 23 to 26
# 179 of 241 with sets 27 and 29 (9 of their 16, as found)
# 181: a form posting to ".../respond" is read (acc11c)
# 180: ullswick's timeline grid became the one field its truth counts, and its letter
# template's four blanks (a supporter's, not the applicant's) now tip it past its tolerance
# 181: a blank between two rules of dashes is a box drawn in text (coldharbour; acc11a)
# 195 of 257 with sets 28 and 30 (14 of their 16, kept back)
# 204 of 273 with sets 31 and 33 (9 of their 16, as found)
# 205: "If yes, name them and say what each will do" asks for words, not names (acc12a)
# 225 of 305 with sets 32, 34, 35 and 36 kept back (19 of their 32 at the start, 20 at the end)
# 241 of 329 with sets 37, 39 and 41 (16 of their 24, as found at 61dc672)
# 245: a line in another script under its twin; a form in a Markdown page's front matter
# (acc13a)
# 258 of 353 with sets 38, 40 and 42 kept back (13 of their 24 throughout session 13)
# 259: a page of design-system macro calls is the form they draw (acc14a)
# 272 of 377 with sets 43, 45 and 47 (as found at a141f72); 273 with acc14a's macro pages
# 274: a grants database's export of a form as records of settings is the form (acc14c)
# 294 of 409 with sets 44, 46, 48 and 49 kept back
# 300 of 417 with set 50 (typical, as found)
# 307 of 425 with set 52 (typical, as found)
# 308: "Yes / No" alone under a question, a line holding only "£" and options to strike out
# are fields (acc15c)
# 309: an empty cell opening its row before a cell with words is padding (acc15b)
# 310: "Type YES to confirm ..." is a field (acc15b)
# 348 of 473 with sets 51 and 53 to 57 (typical, kept back)
# 349: a tender's title line over its question is no field of its own (acc16b)
# 350: a summary's box with a limit is a question's, not a field (acc16b)
# 349: a grid table indented under its question is read as a table, not as a form laid out in
# two columns (lead, session 16): overbrook's costs grid gives a field per row, one past its
# truth's tolerance (the same table unindented read so already)
# 373 on 513 with sets 58 to 62 (23 of their 40 throughout session 16)
# 422 on 577 with sets 63 to 70 (typical, kept back all session 17)
# 425 on 577 (acc18c); 470 on 641 with sets 71 to 78 (typical, kept back all session 18)
# 522 on 705 with sets 79 to 86 (typical, kept back all session 19)
# 523: a budget's prompt over a textarea of its own is a question, not a field (acc20c)
# 524: a place within the funder's area asked over one line is a field (acc20c)
# 525: a yes/no line whose choices are followed by an italic note in Markdown is a field (acc20c)
# 526: "Sport", "Venue", "Location", "Your nearest branch" name values (vocabulary, acc20c)
# 575 on 769 with sets 87 to 94 (typical, kept back all session 20: 50 of their 64 throughout)
# 604 on 833 with sets 95 to 102 (typical, kept back all session 21: 29 of their 64 throughout)
# 636 on 897 with sets 103 to 110 (typical, kept back all session 22: 32 of their 64 throughout)
# 634: a text PDF's drawn writing lines and labels' answer rules are read (session 23, lead):
# questions 877 -> 882, and fields closer on ten documents, but three that were right by
# accident (a run of numbered labels counted with a limited question that had no box) or
# within one are now outside: the total error on fields fell (1,157 to 1,150 on the misses)
# 672 on 961 with sets 111 to 118 (typical, kept back all session 23: 37 of their 64 throughout)
# 673: "Which Thistlebrook estate ...?" over its line is a field (acc24c)
# 675: a guide's blank notes in a table are no fields (acc24c)
# 724 on 1057 with sets 119 to 130 (session 24)
# 780 on 1153 with sets 131 to 142 (session 25)
# 834 on 1249 with sets 143 to 154 (session 26)
FIELDS_FLOOR = 834
# 243: a portal's answer typed "Text" alone is one field or question with its control (acc13c)
# 146: a check the reader runs on a page is no form; a task list's wrapped items (acc10c)
# 147: a forwarded email's quoted original is the form (acc10c); 148: a name's or an address's
# parts in one autofill section are one field (acc10c)
# 149: a prompt naming its own answer is a field (accq s10)
# (accq s8: a grid of form fields in a table is one field; accl s9: a fillable page's grid of
# numbered boxes, its lines to write on, its push buttons, alike-numbered tick boxes)


def test_fields_floor(result: Score) -> None:
    assert result.fields_ok >= FIELDS_FLOOR, result.misses
