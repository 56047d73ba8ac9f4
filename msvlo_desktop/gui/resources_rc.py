# Generated from resources/resources.qrc by pyside6-rcc: do not edit, run `make forms`.
# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0bo\
/\
* MSVLO Desktop:\
 a calm, high-co\
ntrast look on t\
op of the Fusion\
 style.\x0a   Colou\
rs carry meaning\
 only together w\
ith words (never\
 colour alone). \
*/\x0a\x0aQWidget {\x0a  \
  font-size: 10p\
t;\x0a}\x0a\x0aQMainWindo\
w, QDialog {\x0a   \
 background: #f6\
f7f9;\x0a}\x0a\x0aQLabel[\
role=\x22heading\x22] \
{\x0a    font-size:\
 15pt;\x0a    font-\
weight: 600;\x0a   \
 color: #1d3557;\
\x0a}\x0a\x0aQLabel[role=\
\x22subheading\x22] {\x0a\
    font-size: 1\
1pt;\x0a    font-we\
ight: 600;\x0a    c\
olor: #1d3557;\x0a}\
\x0a\x0aQLabel[role=\x22h\
int\x22] {\x0a    colo\
r: #44505e;\x0a}\x0a\x0aQ\
Label[role=\x22erro\
r\x22] {\x0a    color:\
 #a4161a;\x0a}\x0a\x0aQLa\
bel[role=\x22ok\x22] {\
\x0a    color: #1e6\
b35;\x0a}\x0a\x0aQLabel[r\
ole=\x22sensitive\x22]\
 {\x0a    color: #7\
a2e00;\x0a    font-\
weight: 600;\x0a}\x0a\x0a\
QLabel#trainingB\
annerLabel, QLab\
el[role=\x22trainin\
gBanner\x22] {\x0a    \
background: #ffe\
3b3;\x0a    color: \
#4d2a00;\x0a    bor\
der: 1px solid #\
d98a00;\x0a    bord\
er-radius: 3px;\x0a\
    padding: 5px\
 10px;\x0a    font-\
weight: 600;\x0a}\x0a\x0a\
QLabel#caseHeade\
rLabel {\x0a    fon\
t-size: 12pt;\x0a  \
  font-weight: 6\
00;\x0a    color: #\
1d3557;\x0a}\x0a\x0aQLabe\
l#caseFlagsLabel\
 {\x0a    color: #4\
4505e;\x0a}\x0a\x0aQFrame\
#lockedFrame {\x0a \
   background: #\
ffffff;\x0a    bord\
er: 1px solid #c\
9d1db;\x0a    borde\
r-radius: 6px;\x0a}\
\x0a\x0aQPushButton {\x0a\
    padding: 5px\
 12px;\x0a}\x0a\x0aQPushB\
utton[role=\x22prim\
ary\x22] {\x0a    back\
ground: #1d3557;\
\x0a    color: #fff\
fff;\x0a    border:\
 1px solid #1528\
44;\x0a    border-r\
adius: 3px;\x0a    \
padding: 6px 16p\
x;\x0a    font-weig\
ht: 600;\x0a}\x0a\x0aQPus\
hButton[role=\x22pr\
imary\x22]:hover {\x0a\
    background: \
#27467a;\x0a}\x0a\x0aQPus\
hButton[role=\x22pr\
imary\x22]:disabled\
 {\x0a    backgroun\
d: #b8c2cf;\x0a    \
color: #eef1f5;\x0a\
    border-color\
: #a7b2c0;\x0a}\x0a\x0aQP\
ushButton[role=\x22\
start\x22] {\x0a    te\
xt-align: left;\x0a\
    padding: 10p\
x 14px;\x0a    font\
-size: 11pt;\x0a}\x0a\x0a\
QLineEdit[invali\
d=\x22true\x22], QPlai\
nTextEdit[invali\
d=\x22true\x22], QComb\
oBox[invalid=\x22tr\
ue\x22],\x0aQSpinBox[i\
nvalid=\x22true\x22], \
QDateEdit[invali\
d=\x22true\x22], QDate\
TimeEdit[invalid\
=\x22true\x22] {\x0a    b\
order: 1px solid\
 #a4161a;\x0a}\x0a\x0aQTa\
bleView, QListVi\
ew, QTreeView {\x0a\
    background: \
#ffffff;\x0a    alt\
ernate-backgroun\
d-color: #f1f4f8\
;\x0a    gridline-c\
olor: #dde3ea;\x0a \
   selection-bac\
kground-color: #\
2b5d94;\x0a    sele\
ction-color: #ff\
ffff;\x0a}\x0a\x0aQHeader\
View::section {\x0a\
    background: \
#e8ecf1;\x0a    col\
or: #1d3557;\x0a   \
 padding: 4px 6p\
x;\x0a    border: n\
one;\x0a    border-\
right: 1px solid\
 #d3dae3;\x0a    bo\
rder-bottom: 1px\
 solid #c9d1db;\x0a\
    font-weight:\
 600;\x0a}\x0a\x0aQToolBa\
r {\x0a    backgrou\
nd: #eef1f5;\x0a   \
 border-bottom: \
1px solid #d3dae\
3;\x0a    spacing: \
4px;\x0a    padding\
: 2px;\x0a}\x0a\x0aQStatu\
sBar {\x0a    backg\
round: #eef1f5;\x0a\
    color: #1d35\
57;\x0a}\x0a\x0aQTabWidge\
t::pane {\x0a    bo\
rder: 1px solid \
#c9d1db;\x0a    bac\
kground: #ffffff\
;\x0a}\x0a\x0aQProgressBa\
r {\x0a    border: \
1px solid #c9d1d\
b;\x0a    border-ra\
dius: 3px;\x0a    b\
ackground: #ffff\
ff;\x0a    text-ali\
gn: center;\x0a    \
min-height: 12px\
;\x0a}\x0a\x0aQProgressBa\
r::chunk {\x0a    b\
ackground: #2b5d\
94;\x0a}\x0a\x0aQProgress\
Bar[strength=\x220\x22\
]::chunk { backg\
round: #a4161a; \
}\x0aQProgressBar[s\
trength=\x221\x22]::ch\
unk { background\
: #c2410c; }\x0aQPr\
ogressBar[streng\
th=\x222\x22]::chunk {\
 background: #a1\
6207; }\x0aQProgres\
sBar[strength=\x223\
\x22]::chunk { back\
ground: #2f7d32;\
 }\x0aQProgressBar[\
strength=\x224\x22]::c\
hunk { backgroun\
d: #1e6b35; }\x0a\
\x00\x00\x01\xe5\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M2\
 12 C5 6 19 6 22\
 12 C19 18 5 18 \
2 12 Z\x22 stroke=\x22\
#1d3557\x22 stroke-\
width=\x222\x22 fill=\x22\
none\x22 stroke-lin\
ecap=\x22round\x22 str\
oke-linejoin=\x22ro\
und\x22/>\x0a  <circle\
 cx=\x2212\x22 cy=\x2212\x22\
 r=\x223\x22 stroke=\x22#\
1d3557\x22 stroke-w\
idth=\x222\x22 fill=\x22n\
one\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a  <path d=\
\x22M4 4 L20 20\x22 st\
roke=\x22#1d3557\x22 s\
troke-width=\x222\x22 \
fill=\x22none\x22 stro\
ke-linecap=\x22roun\
d\x22 stroke-linejo\
in=\x22round\x22/>\x0a</s\
vg>\x0a\
\x00\x00\x01d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 5 H20 V15 H11 L\
7 19 V15 H4 Z\x22 s\
troke=\x22#1d3557\x22 \
stroke-width=\x222\x22\
 fill=\x22none\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a  \
<path d=\x22M8 9 H1\
6 M8 12 H13\x22 str\
oke=\x22#1d3557\x22 st\
roke-width=\x222\x22 f\
ill=\x22none\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a</sv\
g>\x0a\
\x00\x00\x01\xa7\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x225\x22\
 y=\x2211\x22 width=\x221\
4\x22 height=\x2210\x22 r\
x=\x222\x22 stroke=\x22#1\
d3557\x22 stroke-wi\
dth=\x222\x22 fill=\x22no\
ne\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a  <path d=\x22\
M8 11 V7 a4 4 0 \
0 1 8 0 V11\x22 str\
oke=\x22#1d3557\x22 st\
roke-width=\x222\x22 f\
ill=\x22none\x22 strok\
e-linecap=\x22round\
\x22 stroke-linejoi\
n=\x22round\x22/>\x0a  <c\
ircle cx=\x2212\x22 cy\
=\x2216\x22 r=\x221.5\x22 fi\
ll=\x22#1d3557\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01A\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M2\
 9 L12 4 L22 9 L\
12 14 Z\x22 stroke=\
\x22#8a4b00\x22 stroke\
-width=\x222\x22 fill=\
\x22none\x22 stroke-li\
nejoin=\x22round\x22/>\
\x0a  <path d=\x22M6 1\
1 V16 C9 18.5 15\
 18.5 18 16 V11\x22\
 stroke=\x22#8a4b00\
\x22 stroke-width=\x22\
2\x22 fill=\x22none\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01a\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 15 V20 H20 V15\x22\
 stroke=\x22#1d3557\
\x22 stroke-width=\x22\
2\x22 fill=\x22none\x22 s\
troke-linecap=\x22r\
ound\x22 stroke-lin\
ejoin=\x22round\x22/>\x0a\
  <path d=\x22M12 4\
 V15 M8 11 L12 1\
5 L16 11\x22 stroke\
=\x22#1d3557\x22 strok\
e-width=\x222\x22 fill\
=\x22none\x22 stroke-l\
inecap=\x22round\x22 s\
troke-linejoin=\x22\
round\x22/>\x0a</svg>\x0a\
\
\x00\x00\x01\xd9\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 6 H20 M4 12 H20\
 M4 18 H20\x22 stro\
ke=\x22#1d3557\x22 str\
oke-width=\x222\x22 fi\
ll=\x22none\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22/>\x0a  <ci\
rcle cx=\x229\x22 cy=\x22\
6\x22 r=\x222\x22 fill=\x22#\
ffffff\x22 stroke=\x22\
#1d3557\x22 stroke-\
width=\x222\x22/>\x0a  <c\
ircle cx=\x2215\x22 cy\
=\x2212\x22 r=\x222\x22 fill\
=\x22#ffffff\x22 strok\
e=\x22#1d3557\x22 stro\
ke-width=\x222\x22/>\x0a \
 <circle cx=\x227\x22 \
cy=\x2218\x22 r=\x222\x22 fi\
ll=\x22#ffffff\x22 str\
oke=\x22#1d3557\x22 st\
roke-width=\x222\x22/>\
\x0a</svg>\x0a\
\x00\x00\x01f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M4\
 20 L5 15 L16 4 \
L20 8 L9 19 Z\x22 s\
troke=\x22#1d3557\x22 \
stroke-width=\x222\x22\
 fill=\x22none\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a  \
<path d=\x22M13.5 6\
.5 L17.5 10.5\x22 s\
troke=\x22#1d3557\x22 \
stroke-width=\x222\x22\
 fill=\x22none\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\x86\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M1\
2 3 L19 6 V12 C1\
9 16 16 19.5 12 \
21 C8 19.5 5 16 \
5 12 V6 Z\x22 strok\
e=\x22#1d3557\x22 stro\
ke-width=\x222\x22 fil\
l=\x22none\x22 stroke-\
linecap=\x22round\x22 \
stroke-linejoin=\
\x22round\x22/>\x0a  <pat\
h d=\x22M9 12 L11 1\
4.5 L15.5 9.5\x22 s\
troke=\x22#1d3557\x22 \
stroke-width=\x222\x22\
 fill=\x22none\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\xda\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M6\
 3 H14 L19 8 V21\
 H6 Z\x22 stroke=\x22#\
1d3557\x22 stroke-w\
idth=\x222\x22 fill=\x22n\
one\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a  <path d=\
\x22M14 3 V8 H19\x22 s\
troke=\x22#1d3557\x22 \
stroke-width=\x222\x22\
 fill=\x22none\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a  \
<path d=\x22M12.5 1\
1 V18 M9 14.5 H1\
6\x22 stroke=\x22#1d35\
57\x22 stroke-width\
=\x222\x22 fill=\x22none\x22\
 stroke-linecap=\
\x22round\x22 stroke-l\
inejoin=\x22round\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01n\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M2\
 12 C5 6 19 6 22\
 12 C19 18 5 18 \
2 12 Z\x22 stroke=\x22\
#1d3557\x22 stroke-\
width=\x222\x22 fill=\x22\
none\x22 stroke-lin\
ecap=\x22round\x22 str\
oke-linejoin=\x22ro\
und\x22/>\x0a  <circle\
 cx=\x2212\x22 cy=\x2212\x22\
 r=\x223\x22 stroke=\x22#\
1d3557\x22 stroke-w\
idth=\x222\x22 fill=\x22n\
one\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a</svg>\x0a\
\x00\x00\x02\x07\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <rect x=\x224\x22\
 y=\x229\x22 width=\x2216\
\x22 height=\x2211\x22 rx\
=\x221\x22 stroke=\x22#1d\
3557\x22 stroke-wid\
th=\x222\x22 fill=\x22non\
e\x22 stroke-lineca\
p=\x22round\x22 stroke\
-linejoin=\x22round\
\x22/>\x0a  <path d=\x22M\
3 9 H21 V6 H3 Z \
M12 6 V20\x22 strok\
e=\x22#1d3557\x22 stro\
ke-width=\x222\x22 fil\
l=\x22none\x22 stroke-\
linecap=\x22round\x22 \
stroke-linejoin=\
\x22round\x22/>\x0a  <pat\
h d=\x22M12 6 C10 2\
 6 3 8 6 M12 6 C\
14 2 18 3 16 6\x22 \
stroke=\x22#1d3557\x22\
 stroke-width=\x222\
\x22 fill=\x22none\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01g\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <path d=\x22M3\
 7 V19 H19 L21 1\
1 H7 L5 17\x22 stro\
ke=\x22#1d3557\x22 str\
oke-width=\x222\x22 fi\
ll=\x22none\x22 stroke\
-linecap=\x22round\x22\
 stroke-linejoin\
=\x22round\x22/>\x0a  <pa\
th d=\x22M3 7 V5 H9\
 L11 7 H17 V11\x22 \
stroke=\x22#1d3557\x22\
 stroke-width=\x222\
\x22 fill=\x22none\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22/>\x0a<\
/svg>\x0a\
\x00\x00\x01z\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 64 64\x22 width\
=\x2264\x22 height=\x2264\
\x22>\x0a  <rect x=\x224\x22\
 y=\x224\x22 width=\x2256\
\x22 height=\x2256\x22 rx\
=\x2210\x22 fill=\x22#1d3\
557\x22/>\x0a  <path d\
=\x22M32 12 L48 18 \
V32 C48 42 41 49\
 32 53 C23 49 16\
 42 16 32 V18 Z\x22\
 fill=\x22#f1faee\x22/\
>\x0a  <path d=\x22M26\
 32 L30 37 L39 2\
6\x22 stroke=\x22#1d35\
57\x22 stroke-width\
=\x224\x22 fill=\x22none\x22\
 stroke-linecap=\
\x22round\x22 stroke-l\
inejoin=\x22round\x22/\
>\x0a</svg>\x0a\
\x00\x00\x01W\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 viewBox=\x22\
0 0 24 24\x22 width\
=\x2224\x22 height=\x2224\
\x22>\x0a  <circle cx=\
\x2210.5\x22 cy=\x2210.5\x22\
 r=\x226\x22 stroke=\x22#\
1d3557\x22 stroke-w\
idth=\x222\x22 fill=\x22n\
one\x22 stroke-line\
cap=\x22round\x22 stro\
ke-linejoin=\x22rou\
nd\x22/>\x0a  <path d=\
\x22M15 15 L20 20\x22 \
stroke=\x22#1d3557\x22\
 stroke-width=\x222\
\x22 fill=\x22none\x22 st\
roke-linecap=\x22ro\
und\x22 stroke-line\
join=\x22round\x22/>\x0a<\
/svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x05\
\x00z\xc0%\
\x00s\
\x00t\x00y\x00l\x00e\
\x00\x07\
\x08sXc\
\x00a\
\x00p\x00p\x00.\x00q\x00s\x00s\
\x00\x08\
\x0f\xa8W\x07\
\x00h\
\x00i\x00d\x00e\x00.\x00s\x00v\x00g\
\x00\x0f\
\x0d\xf0n\xe7\
\x00i\
\x00n\x00t\x00e\x00r\x00a\x00c\x00t\x00i\x00o\x00n\x00.\x00s\x00v\x00g\
\x00\x08\
\x05\x9eT\xa7\
\x00l\
\x00o\x00c\x00k\x00.\x00s\x00v\x00g\
\x00\x0c\
\x03;ZG\
\x00t\
\x00r\x00a\x00i\x00n\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x0a\
\x02\xceU\x87\
\x00b\
\x00a\x00c\x00k\x00u\x00p\x00.\x00s\x00v\x00g\
\x00\x0c\
\x0b\xdf,\xc7\
\x00s\
\x00e\x00t\x00t\x00i\x00n\x00g\x00s\x00.\x00s\x00v\x00g\
\x00\x08\
\x0b\x07W\xa7\
\x00e\
\x00d\x00i\x00t\x00.\x00s\x00v\x00g\
\x00\x0a\
\x0f\xd7\xc3\xc7\
\x00v\
\x00e\x00r\x00i\x00f\x00y\x00.\x00s\x00v\x00g\
\x00\x0c\
\x06\x11\x1d\xe7\
\x00n\
\x00e\x00w\x00-\x00c\x00a\x00s\x00e\x00.\x00s\x00v\x00g\
\x00\x08\
\x0fjU\xe7\
\x00s\
\x00h\x00o\x00w\x00.\x00s\x00v\x00g\
\x00\x0d\
\x03\x8c\xfa'\
\x00p\
\x00r\x00o\x00v\x00i\x00s\x00i\x00o\x00n\x00.\x00s\x00v\x00g\
\x00\x0e\
\x09\xb5\xdeG\
\x00o\
\x00p\x00e\x00n\x00-\x00v\x00a\x00u\x00l\x00t\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x0a\
\x08\x94m\xc7\
\x00s\
\x00e\x00a\x00r\x00c\x00h\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x0e\x00\x00\x00\x04\
\x00\x00\x00\x10\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\
\x00\x00\x00 \x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\xa2\x00\x00\x00\x00\x00\x01\x00\x00\x11\xb4\
\x00\x00\x00\x84\x00\x00\x00\x00\x00\x01\x00\x00\x10o\
\x00\x00\x01>\x00\x00\x00\x00\x00\x01\x00\x00\x1b:\
\x00\x00\x00n\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xc4\
\x00\x00\x01\x0a\x00\x00\x00\x00\x00\x01\x00\x00\x17\xea\
\x00\x00\x01\x80\x00\x00\x00\x00\x00\x01\x00\x00\x1e\xb0\
\x00\x00\x01\x94\x00\x00\x00\x00\x00\x01\x00\x00 .\
\x00\x00\x01^\x00\x00\x00\x00\x00\x01\x00\x00\x1dE\
\x00\x00\x00\xda\x00\x00\x00\x00\x00\x01\x00\x00\x14\xf6\
\x00\x00\x00\xbc\x00\x00\x00\x00\x00\x01\x00\x00\x13\x19\
\x00\x00\x00J\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x5c\
\x00\x00\x01(\x00\x00\x00\x00\x00\x01\x00\x00\x19\xc8\
\x00\x00\x004\x00\x00\x00\x00\x00\x01\x00\x00\x0bs\
\x00\x00\x00\xf0\x00\x00\x00\x00\x00\x01\x00\x00\x16`\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
