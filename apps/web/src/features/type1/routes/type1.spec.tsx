import { Role, TYPE1_CSV_COLUMNS, type ImportJobView, type ProductView } from '@inno/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockRequest } from '../../../test/api-mock';
import { makeCategories, makeImportJob, makeProductDetail, makeSession } from '../../../test/factories';
import { renderApp } from '../../../test/render';

type User = ReturnType<typeof userEvent.setup>;
const text = (name: RegExp) => screen.getByRole('textbox', { name });

async function fill(user: User, element: HTMLElement, value: string) {
  await user.click(element);
  await user.paste(value);
}

function csv(lines: string[], name = 'type1.csv'): File {
  return new File([lines.join('\n')], name, { type: 'text/csv' });
}

describe('Type 1 product record', () => {
  it('checks the business number and the designation date, then records the product with its company', async () => {
    let created: ProductView | null = null;
    const { api } = renderApp('/operator/type1', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /categories': { body: makeCategories() },
        'POST /products/type1': (request: MockRequest) => {
          created = makeProductDetail({ ...(request.body as object), id: 'p-t1', goodsId: '20250099', kind: 'TYPE1' });
          return { status: 201, body: created };
        },
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('type1-form');

    const businessNumber = text(/^사업자등록번호/);
    await fill(user, businessNumber, '220-81-62518');
    await user.tab();
    expect(businessNumber).toHaveAttribute('aria-invalid', 'true');
    expect(businessNumber).toHaveAccessibleDescription(expect.stringContaining('올바른 사업자등록번호가 아닙니다'));

    await fill(user, screen.getByLabelText(/^지정일/), '2999-01-01');
    await user.click(screen.getByTestId('type1-submit'));
    expect(screen.getByLabelText(/^지정일/)).toHaveAccessibleDescription(expect.stringContaining('오늘 이후 날짜는 입력할 수 없습니다.'));
    expect(api.find('POST', '/products/type1')).toHaveLength(0);

    await user.clear(businessNumber);
    await fill(user, businessNumber, '2208162517');
    await user.tab();
    expect(businessNumber).not.toHaveAttribute('aria-invalid');
    await fill(user, text(/^회사명/), '(주)연구개발');
    await user.selectOptions(screen.getByRole('combobox', { name: /^기업 규모/ }), 'MID');
    await fill(user, text(/^지역/), '대전');
    await fill(user, text(/^지정기관/), '산업통상자원부');
    await fill(user, text(/^인증번호/), 'MOTIE-2024-015');
    await user.clear(screen.getByLabelText(/^지정일/));
    await fill(user, screen.getByLabelText(/^지정일/), '2024-06-01');

    await fill(user, text(/^제품명\(한글\)/), '수소 연료전지 드론');
    await fill(user, text(/^제품명\(영문\)/), 'Hydrogen fuel-cell drone');
    await fill(user, text(/^모델명/), 'H2-D1');
    await fill(user, text(/^제품 설명/), '장시간 비행 드론');
    await waitFor(() => expect(screen.getByRole('option', { name: '드론 › 촬영용 드론' })).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: /^제품 분류/ }), '101010');
    await user.selectOptions(screen.getByRole('combobox', { name: /^기술성숙도/ }), '9');
    await fill(user, text(/^생산 지역/), '대전');
    await fill(user, text(/^물품분류번호/), '25132001');
    await fill(user, text(/^세부품명번호/), '2513200101');
    await fill(user, text(/^거래단위/), '대');
    await fill(user, text(/^희망가격/), '85000000');
    await user.click(screen.getByTestId('type1-submit'));

    const done = await screen.findByTestId('type1-created');
    expect(done).toHaveTextContent('수소 연료전지 드론');
    expect(done).toHaveTextContent('20250099');
    expect(within(done).getByRole('link', { name: '등록한 제품 보기' })).toHaveAttribute('href', '/products/p-t1');
    expect(done).toHaveFocus();
    expect(api.find('POST', '/products/type1')[0].body).toEqual({
      company: { name: '(주)연구개발', businessNumber: '220-81-62517', size: 'MID', region: '대전' },
      designatingBody: '산업통상자원부',
      certificateNumber: 'MOTIE-2024-015',
      designatedOn: '2024-06-01',
      nameKo: '수소 연료전지 드론',
      nameEn: 'Hydrogen fuel-cell drone',
      modelName: 'H2-D1',
      description: '장시간 비행 드론',
      categoryCode: '101010',
      goodsClassNo: '25132001',
      detailItemNo: '2513200101',
      tradingUnit: '대',
      askingPrice: 85_000_000,
      certifications: [],
      patents: [],
      trl: 9,
      region: '대전',
    });
    expect(text(/^회사명/)).toHaveValue('');
  }, 15_000); // a long form: some 25 fields filled one by one
});

describe('Type 1 CSV import', () => {
  const header = TYPE1_CSV_COLUMNS.join(',');

  it('refuses a file that is not CSV or whose header is wrong, before uploading', async () => {
    const { api } = renderApp('/operator/imports', {
      session: makeSession(Role.OPERATOR),
      api: { 'GET /product-imports': { body: { items: [], total: 0, page: 1, pageSize: 20 } } },
    });
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByTestId('import-file');
    expect(screen.getByTestId('import-header')).toHaveTextContent(header);

    await user.click(screen.getByTestId('import-submit'));
    expect(input).toHaveAccessibleDescription('파일을 선택하세요.');

    await user.upload(input, new File(['x'], 'list.xlsx', { type: 'application/vnd.ms-excel' }));
    await user.click(screen.getByTestId('import-submit'));
    expect(input).toHaveAccessibleDescription('CSV 파일(.csv)을 선택하세요.');

    const wrong = header.replace('companySize,', '').replace('designatedOn', 'designationDate');
    await user.upload(input, csv([wrong, 'a,b']));
    await user.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('첫 줄(머리글)이 위의 형식과 다릅니다.')));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('빠진 열: companySize, designatedOn'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('알 수 없는 열: designationDate'));
    expect(api.find('POST', '/product-imports')).toHaveLength(0);
  });

  it('uploads the CSV, follows the job with a progress bar, then reports each refused line', async () => {
    const started = makeImportJob({ id: 'job-1', fileName: 'type1.csv', totalRows: 4 });
    const answers: ImportJobView[] = [
      { ...started, processedRows: 2 },
      {
        ...started,
        status: 'SUCCEEDED',
        processedRows: 4,
        importedRows: 2,
        finishedAt: '2025-05-01T09:00:03.000Z',
        errors: [
          { line: 5, messages: ['businessNumber has an invalid check digit'], problems: [{ column: 'businessNumber', code: 'FIELD_NOT_BUSINESS_NUMBER' }] },
          {
            line: 3,
            messages: ['goodsClassNo must be 8 digits', 'categoryCode 99 is not a catalogue category'],
            problems: [
              { column: 'goodsClassNo', code: 'FIELD_WRONG_FORMAT' },
              { column: 'categoryCode', code: 'IMPORT_CATEGORY_UNKNOWN', params: { categoryCode: '99' } },
            ],
          },
        ],
      },
    ];
    let polls = 0;
    let history: ImportJobView[] = [];
    const { api, router } = renderApp('/operator/imports', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /product-imports': () => ({ body: { items: history, total: history.length, page: 1, pageSize: 20 } }),
        'POST /product-imports': () => {
          history = [started];
          return { status: 202, body: started };
        },
        'GET /product-imports/:id': () => {
          const answer = answers[Math.min(polls, answers.length - 1)];
          polls += 1;
          history = [answer];
          return { body: answer };
        },
      },
    });
    const user = userEvent.setup();
    await user.upload(await screen.findByTestId('import-file'), csv([header, 'row1', 'row2', 'row3', 'row4']));
    await user.click(screen.getByTestId('import-submit'));

    const progress = await screen.findByRole('progressbar', { name: '처리 진행률' });
    expect(progress).toBe(screen.getByTestId('import-progress'));
    expect(progress.tagName).toBe('PROGRESS');
    expect(progress).toHaveAttribute('max', '4');
    expect(progress).toHaveAttribute('value', '0');
    expect(new URLSearchParams(router.state.location.search).get('job')).toBe('job-1');
    const sent = api.find('POST', '/product-imports')[0];
    expect(((sent.body as FormData).get('file') as File).name).toBe('type1.csv');

    await waitFor(() => expect(screen.getByTestId('import-progress')).toHaveAttribute('value', '2'), { timeout: 3000 });
    expect(screen.getByText('4줄 중 2줄 처리')).toBeInTheDocument();

    const result = await screen.findByTestId('import-result', {}, { timeout: 3000 });
    expect(result).toHaveAttribute('role', 'status');
    expect(result).toHaveTextContent('4줄 중 2건을 등록했고, 오류는 2줄입니다.');
    expect(screen.getByTestId('import-progress')).toHaveAttribute('value', '4');
    const lines = within(screen.getByTestId('import-errors')).getAllByRole('listitem');
    expect(lines.map((line) => line.getAttribute('data-testid'))).toEqual(['import-error-line-3', 'import-error-line-5']);
    // Each problem in Korean, after the column as the file's header names it; the API's English is not shown.
    expect(screen.getByTestId('import-error-line-3')).toHaveTextContent('3번째 줄: goodsClassNo 형식이 올바르지 않습니다. · categoryCode 분류 코드 99는 카탈로그에 없는 분류입니다.');
    expect(screen.getByTestId('import-errors')).not.toHaveTextContent('must be');

    // Polling stops once the job is over, and the list of past imports catches up.
    const count = polls;
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(polls).toBe(count);
    await waitFor(() => expect(screen.getByTestId('import-row-job-1')).toHaveTextContent('완료'));
  });

  it('shows a past import from the list', async () => {
    const failed = makeImportJob({ id: 'job-9', status: 'FAILED', fileName: 'old.csv', failure: 'The import stopped on a database error; nothing was imported.', failureCode: 'IMPORT_DATABASE_ERROR' });
    const { router } = renderApp('/operator/imports', {
      session: makeSession(Role.OPERATOR),
      api: {
        'GET /product-imports': { body: { items: [failed], total: 1, page: 1, pageSize: 20 } },
        'GET /product-imports/:id': { body: failed },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: '결과 보기: old.csv' }));
    expect(new URLSearchParams(router.state.location.search).get('job')).toBe('job-9');
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveAttribute('role', 'alert');
    expect(result).toHaveTextContent('가져오기에 실패해 아무것도 등록하지 않았습니다.');
    expect(result).toHaveTextContent('데이터베이스 오류로 가져오기가 멈췄습니다.');
    expect(result).not.toHaveTextContent('database error');
  });
});
