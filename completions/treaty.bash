# Bash completion for treaty(1). Installed as share/bash-completion/completions/treaty.
#
# Nothing is listed here that the program can say itself: commands and options come from
# `treaty ... --help`, state codes, instrument, offence and measure ids from
# `treaty list ... --format csv`, fact names from `treaty check --help`, exercise ids from
# `treaty exercise list`, each read at completion time from the dataset that --data names.

# Runs treaty with the --data of the command line being completed.
_treaty_call() {
  "${_treaty_bin:-treaty}" ${_treaty_data:+--data "$_treaty_data"} "$@" 2>/dev/null
}

# The ids of `treaty list WHAT`: the first CSV column, header skipped.
_treaty_ids() {
  _treaty_call list "$1" --format csv | tail -n +2 | cut -d, -f1
}

# The options of a command: one line per option, "NAMES VALUE CHOICES", where NAMES is like
# -o,--offence, VALUE is 1 when it takes a value, CHOICES the values CLI11 lists in {...}.
_treaty_options() {
  _treaty_call "$@" --help | awk '
    /^Options:/ { on = 1; next }
    /^[A-Z][a-z]+:/ { on = 0 }
    on && $1 ~ /^-/ {
      value = ($2 ~ /^[A-Z][A-Z0-9|=_-]*(:\{[^}]*\})?$/) ? 1 : 0
      choices = ""
      if (value && match($2, /\{[^}]*\}/)) choices = substr($2, RSTART + 1, RLENGTH - 2)
      print $1, value, choices
    }'
}

# The subcommands of a command (or of treaty itself), from its help.
_treaty_commands() {
  _treaty_call "$@" --help | awk '/^Subcommands:/ { on = 1; next } on && NF == 0 { exit } on { print $1 }'
}

_treaty() {
  local line=${COMP_LINE:0:COMP_POINT}
  local -a words
  read -ra words <<<"$line"
  [[ $line == *[[:space:]] ]] && words+=("")
  local cur=${words[${#words[@]} - 1]} prev=""
  ((${#words[@]} > 1)) && prev=${words[${#words[@]} - 2]}
  _treaty_bin=${words[0]}
  _treaty_data=""

  # The command path (check; exercise run) and the positionals typed after it.
  local -a path=() positionals=()
  local i word skip=0 options
  options=$(_treaty_options)
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    word=${words[i]}
    if ((skip)); then
      skip=0
      continue
    fi
    case $word in
    --data=*) _treaty_data=${word#--data=} ;;
    --data) _treaty_data=${words[i + 1]} skip=1 ;;
    --*=*) ;;
    -*)
      if awk -v o="$word" '{ n = split($1, a, ","); for (j = 1; j <= n; j++) if (a[j] == o && $2 == 1) f = 1 } END { exit !f }' <<<"$options"; then
        skip=1
      fi
      ;;
    *)
      if _treaty_commands "${path[@]}" | grep -qFx -- "$word"; then
        path+=("$word")
        options=$(_treaty_options "${path[@]}")
      else
        positionals+=("$word")
      fi
      ;;
    esac
  done

  local value_of="" choices=""
  if [[ $cur == --*=* ]]; then
    value_of=${cur%%=*}
    cur=${cur#*=}
  elif [[ $prev == -* ]]; then
    value_of=$prev
  fi
  if [[ -n $value_of ]]; then
    local spec
    spec=$(awk -v o="$value_of" '{ n = split($1, a, ","); for (j = 1; j <= n; j++) if (a[j] == o) print }' <<<"$options")
    [[ -z $spec && $value_of == --data ]] && spec="--data 1 "
    if [[ -n $spec && $(cut -d' ' -f2 <<<"$spec") == 1 ]]; then
      choices=$(cut -d' ' -f3- <<<"$spec")
      case $value_of in
      --data) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
      --answers | --output | -O) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
      --offence | -o) mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids offences)" -- "$cur") ;;
      --state | -s | --states) mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids states)" -- "${cur##*,}")
        [[ $cur == *,* ]] && COMPREPLY=("${COMPREPLY[@]/#/${cur%,*},}") ;;
      --fact | -f) _treaty_fact "$cur" ;;
      *) [[ -n $choices ]] && mapfile -t COMPREPLY < <(compgen -W "${choices//,/ }" -- "$cur") ;;
      esac
      _treaty_trim "$cur"
      return
    fi
  fi

  if [[ $cur == -* ]]; then
    local names
    names=$(cut -d' ' -f1 <<<"$options" | tr ',' '\n')
    mapfile -t COMPREPLY < <(compgen -W "$names" -- "$cur")
    return
  fi

  local commands
  commands=$(_treaty_commands "${path[@]}")
  if [[ -n $commands ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    return
  fi
  case "${path[*]}" in
  check | state) mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids states)" -- "$cur") ;;
  parties) mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids instruments)" -- "$cur") ;;
  list) mapfile -t COMPREPLY < <(compgen -W "states instruments offences measures" -- "$cur") ;;
  batch) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
  show)
    if ((${#positionals[@]} == 0)); then
      mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids instruments) $(_treaty_ids states)" -- "$cur")
    elif ((${#positionals[@]} == 1)) && [[ ${positionals[0]} == [A-Za-z][A-Za-z] ]]; then
      mapfile -t COMPREPLY < <(compgen -W "$(_treaty_ids measures)" -- "$cur")
    fi
    ;;
  "exercise show" | "exercise run")
    mapfile -t COMPREPLY < <(compgen -W "$(_treaty_call exercise list | awk '{ print $1 }')" -- "$cur")
    ;;
  esac
}

# --fact NAME=VALUE: the names (from `treaty check --help`), then yes/no or a state code.
_treaty_fact() {
  local cur=$1 facts
  facts=$(_treaty_call check --help | grep -oE '[a-z-]+=(yes\|no|STATE|N|DATE)' | sort -u)
  if [[ $cur != *=* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(cut -d= -f1 <<<"$facts" | sed 's/$/=/')" -- "$cur")
    compopt -o nospace 2>/dev/null
    return
  fi
  local name=${cur%%=*} kind
  kind=$(grep -E "^$name=" <<<"$facts" | cut -d= -f2)
  case $kind in
  'yes|no') mapfile -t COMPREPLY < <(compgen -P "$name=" -W "yes no" -- "${cur#*=}") ;;
  STATE) mapfile -t COMPREPLY < <(compgen -P "$name=" -W "$(_treaty_ids states)" -- "${cur#*=}") ;;
  esac
}

# Bash splits the word being completed at '=' and ':' (COMP_WORDBREAKS): the replies must not
# repeat the part before the last of them.
_treaty_trim() {
  local cur=$1 prefix
  prefix=${cur%"${cur##*[=:]}"}
  [[ -z $prefix ]] && return
  local i
  for i in "${!COMPREPLY[@]}"; do
    COMPREPLY[i]=${COMPREPLY[i]#"$prefix"}
  done
}

complete -F _treaty treaty
