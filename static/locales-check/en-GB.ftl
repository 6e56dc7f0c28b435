# The campaign check page (check.html): a staff tool for the force's
# communications team. English only, as the campaign check's own messages
# are (README: "Check a campaign").

check-page-title = Check a campaign – Pledge Board
check-heading = Check a campaign
check-intro = Check the campaign file and its artwork before you publish them: every problem is listed with its line, and the contact sheet shows every board as the public will see it. Nothing you open here leaves this computer.
check-open-heading = Open a campaign
check-open-hint = Choose the folder that holds campaign.toml and its artwork (usually the site's folder), or choose the campaign file and its artwork files together. You can also drop them here.
check-choose-folder = Choose a folder
check-choose-files = Choose files
check-drop = or drop the folder or files here
check-published = Check the published campaign
check-showing-published = Showing the campaign this site publishes: { $name }.
check-showing-opened = Showing { $name }, opened from this computer with { $count ->
    [one] 1 file
   *[other] { $count } files
}.
check-fetching = Fetching the published campaign…
check-open-failed = That could not be opened: { $why }
check-edit-heading = The campaign file
check-text-label = Campaign file ({ $name })
check-text-hint = Edit it here: it is checked again as you type. Your changes are kept only until you close this page: download the file to keep them.
check-edited = Changed since it was opened.
check-download = Download { $name }
check-problems-heading = Problems
check-checking = Checking…
check-good = No problems: { $summary }.
check-problem-count = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
check-go-to-line = Line { $line }
check-no-line = Whole file
check-note = Note: { $note }
check-sheet-heading = Contact sheet
check-sheet-hint = Every board at every size in every language, with the longest and the shortest example quote, a name and a stand-in photo, drawn by the same engine as the public's downloads.
check-sheet-draw = Draw the contact sheet
check-sheet-draw-again = Draw it again
check-sheet-needs-fixing = Put the problems right first: the contact sheet is drawn from a campaign that has none.
check-sheet-progress = Drawing picture { $done } of { $total }…
check-sheet-progress-label = Contact sheet drawn so far
check-sheet-starting = Starting…
check-sheet-alt = The contact sheet of { $name }: every board at every size in every language, { $width } by { $height } pixels.
check-sheet-old = Drawn before your latest changes: draw it again to see them.
check-sheet-download = Download the contact sheet (PNG)
check-sheet-failed = The contact sheet could not be drawn: { $why }
check-stopped = The checker stopped: { $why }. Reload the page to start again (download your changes first).
check-draw-ahead = Draw the artwork ahead and download it
check-drawing-ahead = Drawing the artwork ahead: every board at every size. This takes a few seconds.
check-drawn = Downloaded. Put it at { $path } beside the campaign file, publish it with the campaign, and open the folder again to check.
check-drawn-failed = The artwork could not be drawn ahead: { $why }
check-prepared-hint = The pledge board starts faster from { $prepared }, this file read and checked ahead. Put it beside { $name } and publish both. After any change to { $name }, download it again: until then the pledge board reads { $name } itself, which is slower.
