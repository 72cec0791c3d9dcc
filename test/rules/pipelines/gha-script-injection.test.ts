import rule from '../../../server/src/rules/pipelines/gha-script-injection';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n';

ruleTester(rule, {
  valid: [
    { name: 'value passed through env', code: head + '      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo "$TITLE"\n' },
    { name: 'trusted contexts', code: head + '      - run: echo "${{ github.sha }} ${{ github.event.pull_request.head.sha }} ${{ github.event.issue.number }} ${{ matrix.os }}"\n' },
    { name: 'boolean use: comparison', code: head + "      - run: echo ${{ github.head_ref == 'main' }}\n" },
    { name: 'boolean use: contains()', code: head + "      - run: echo ${{ contains(github.event.issue.title, 'bug') }}\n" },
    { name: 'boolean use: left of &&', code: head + "      - run: echo ${{ github.event.issue.title && 'yes' }}\n" },
    { name: 'expression in if: is not a script', code: head + "      - if: ${{ github.event.issue.title != '' }}\n        run: echo hi\n" },
    { name: 'expression in with: of an ordinary action', code: head + '      - uses: actions/labeler@v5\n        with:\n          title: ${{ github.event.issue.title }}\n' },
    { name: 'inputs are off by default', code: 'on:\n  workflow_dispatch:\n    inputs:\n      name: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.name }}\n' },
    {
      name: 'typed inputs are safe even when inputs are checked',
      code: 'on:\n  workflow_dispatch:\n    inputs:\n      n:\n        type: boolean\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.n }}\n',
      options: { includeInputs: true },
    },
    { name: 'github-script reading context through the API', code: head + '      - uses: actions/github-script@v7\n        with:\n          script: console.log(context.payload.issue.title)\n' },
  ],
  invalid: [
    {
      name: 'double-quoted shell string in a block script',
      code: head + '      - name: greet\n        run: |\n          echo "Title: ${{ github.event.issue.title }}"\n          echo done\n',
      errors: [{ messageId: 'injection', line: 8, column: 24, text: '${{ github.event.issue.title }}', message: 'github.event.issue.title' }],
      output: head + '      - name: greet\n        run: |\n          echo "Title: ${ISSUE_TITLE}"\n          echo done\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n',
    },
    {
      name: 'unquoted in a plain scalar, CRLF, existing env block',
      code: 'on: pull_request_target\r\njobs:\r\n  a:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - env:\r\n          A: b\r\n        run: git checkout ${{ github.head_ref }}\r\n',
      errors: [{ messageId: 'injection', line: 8 }],
      output: 'on: pull_request_target\r\njobs:\r\n  a:\r\n    runs-on: ubuntu-latest\r\n    steps:\r\n      - env:\r\n          A: b\r\n          HEAD_REF: ${{ github.head_ref }}\r\n        run: git checkout "$HEAD_REF"\r\n',
    },
    {
      name: 'two expressions, one repeated: one variable per expression, shared fix',
      code: head + '      - run: |\n          echo "${{ github.event.issue.title }}"\n          echo ${{ github.event.issue.body }} ${{ github.event.issue.title }}\n',
      errors: [{ line: 7 }, { line: 8, text: '${{ github.event.issue.body }}' }, { line: 8 }],
      output:
        head +
        '      - run: |\n          echo "${ISSUE_TITLE}"\n          echo "$ISSUE_BODY" "$ISSUE_TITLE"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n          ISSUE_BODY: ${{ github.event.issue.body }}\n',
    },
    {
      name: 'ternary: the untrusted branch flows, name collision avoided',
      code:
        'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      HEAD_REF: x\n    steps:\n      - run: echo "${{ github.event_name == \'pull_request\' && github.head_ref || github.ref_name }}"\n',
      errors: [{ messageId: 'injection', message: '`github.head_ref`' }],
      output:
        'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      HEAD_REF: x\n    steps:\n      - run: echo "${HEAD_REF_2}"\n        env:\n          HEAD_REF_2: ${{ github.event_name == \'pull_request\' && github.head_ref || github.ref_name }}\n',
    },
    {
      name: 'single-quoted shell string: reported without a fix',
      code: head + "      - run: python -c 'print(\"${{ github.event.comment.body }}\")'\n",
      errors: [{ messageId: 'injection' }],
    },
    {
      name: 'pwsh from runs-on windows, indexed commits and toJSON(github.event)',
      code: 'on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: |\n          Write-Host "${{ github.event.commits[0].message }}"\n          $e = ${{ toJSON(github.event) }}\n',
      errors: [{ line: 7 }, { line: 8, message: 'github.event' }],
      output:
        'on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: |\n          Write-Host "${env:COMMITS_MESSAGE}"\n          $e = $env:EVENT_JSON\n        env:\n          COMMITS_MESSAGE: ${{ github.event.commits[0].message }}\n          EVENT_JSON: ${{ toJSON(github.event) }}\n',
    },
    {
      name: 'inside an unquoted here-document: bare ${NAME}',
      code: head + '      - run: |\n          cat <<EOF > notes.md\n          ${{ github.event.issue.body }}\n          EOF\n',
      errors: [{ messageId: 'injection' }],
      output: head + '      - run: |\n          cat <<EOF > notes.md\n          ${ISSUE_BODY}\n          EOF\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n',
    },
    {
      name: 'after a closed here-document: quoted again',
      code: head + "      - run: |\n          cat <<'EOF'\n          x\n          EOF\n          echo ${{ github.event.issue.body }}\n",
      errors: [{ messageId: 'injection' }],
      output: head + "      - run: |\n          cat <<'EOF'\n          x\n          EOF\n          echo \"$ISSUE_BODY\"\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n",
    },
    {
      name: 'inside a quoted here-document: no fix',
      code: head + "      - run: |\n          cat <<'EOF'\n          ${{ github.event.issue.body }}\n          EOF\n",
      errors: [{ messageId: 'injection' }],
    },
    {
      name: 'unknown shell (matrix runs-on): no fix',
      code: 'on: issue_comment\njobs:\n  a:\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo "${{ github.event.comment.body }}"\n',
      errors: [{ messageId: 'injection' }],
    },
    {
      name: 'actions/github-script: quoted JS string',
      code: head + '      - uses: actions/github-script@v7\n        with:\n          script: |\n            const t = "${{ github.event.issue.title }}";\n',
      errors: [{ message: 'actions/github-script' }],
      output: head + '      - uses: actions/github-script@v7\n        with:\n          script: |\n            const t = process.env.ISSUE_TITLE;\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n',
    },
    {
      name: 'azure/cli inlineScript (unsafe fix)',
      code: head + '      - uses: azure/cli@v2\n        with:\n          inlineScript: az group create -n "${{ github.event.pull_request.head.ref }}"\n',
      errors: [{ message: 'azure/cli' }],
      output: head + '      - uses: azure/cli@v2\n        with:\n          inlineScript: az group create -n "${HEAD_REF}"\n        env:\n          HEAD_REF: ${{ github.event.pull_request.head.ref }}\n',
    },
    {
      name: 'YAML double-quoted run: replacement is escaped',
      code: head + '      - run: "echo ${{ github.event.review.body }}"\n',
      errors: [{ messageId: 'injection' }],
      output: head + '      - run: "echo \\"$REVIEW_BODY\\""\n        env:\n          REVIEW_BODY: ${{ github.event.review.body }}\n',
    },
    {
      name: 'composite action step with an explicit shell',
      path: 'action.yml',
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo "${{ github.event.pull_request.title }}"\n',
      errors: [{ messageId: 'injection' }],
      output: 'name: a\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo "${PULL_REQUEST_TITLE}"\n      env:\n        PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}\n',
    },
    {
      name: 'inputs when enabled',
      code: 'on:\n  workflow_dispatch:\n    inputs:\n      name: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.name }}\n',
      options: { includeInputs: true },
      errors: [{ messageId: 'input' }],
      output: 'on:\n  workflow_dispatch:\n    inputs:\n      name: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$INPUTS_NAME"\n        env:\n          INPUTS_NAME: ${{ inputs.name }}\n',
    },
  ],
});
